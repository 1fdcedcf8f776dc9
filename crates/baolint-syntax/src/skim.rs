//! Skimming: passing over stretches of text in which a scan can find
//! nothing, sixteen bytes at a time.
//!
//! A scan that looks for rare bytes (punctuation, unusual white space, two
//! capitals in a row) spends most of its time on bytes it ignores. Each
//! scan states what it looks for as a test on a byte and the two after it,
//! written with comparisons only, so that the compiler checks a whole chunk
//! with vector instructions; the scan then runs byte by byte only through
//! chunks where the test holds somewhere. A superset is fine: the test only
//! decides where the scan looks, never what it finds.

/// Bytes tested at once.
pub(crate) const CHUNK: usize = 16;

/// Where a byte scan stands: the chunk it has already found worth reading.
#[derive(Debug, Default)]
pub(crate) struct Skimmer {
    /// Positions below this are read byte by byte without another test.
    reading_until: usize,
}

impl Skimmer {
    /// The position from which the scan at `i` goes on: `i` itself inside
    /// a chunk already found worth reading, else the start of the first
    /// chunk from `i` in which `hit(byte, next, the one after)` holds at
    /// some byte (or the tail, shorter than a chunk, which is always read).
    #[inline]
    pub(crate) fn next(&mut self, bytes: &[u8], mut i: usize, hit: impl Fn(u8, u8, u8) -> bool) -> usize {
        if i < self.reading_until {
            return i;
        }
        while let Some(window) = bytes.get(i..i + CHUNK + 2) {
            let mut any = false;
            for k in 0..CHUNK {
                any |= hit(window[k], window[k + 1], window[k + 2]);
            }
            if any {
                break;
            }
            i += CHUNK;
        }
        self.reading_until = i + CHUNK;
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_at_the_chunk_that_holds_a_hit() {
        let text = format!("{}!{}", "a".repeat(40), "b".repeat(40));
        let bytes = text.as_bytes();
        let mut skimmer = Skimmer::default();
        let at = skimmer.next(bytes, 0, |b, _, _| b == b'!');
        assert!(at <= 40 && 40 < at + CHUNK, "{at}");
        // Inside that chunk every position is read.
        assert_eq!(skimmer.next(bytes, at + 3, |b, _, _| b == b'!'), at + 3);
        // Past it, the rest has no hit but its tail is always read.
        let tail = skimmer.next(bytes, at + CHUNK, |b, _, _| b == b'!');
        assert!(tail + CHUNK + 2 > bytes.len(), "{tail}");
    }

    #[test]
    fn a_pair_across_chunks_is_seen() {
        let text = format!("{}  {}", "a".repeat(15), "b".repeat(40));
        let at = Skimmer::default().next(text.as_bytes(), 0, |b, n, _| b == b' ' && n == b' ');
        assert_eq!(at, 0);
    }
}
