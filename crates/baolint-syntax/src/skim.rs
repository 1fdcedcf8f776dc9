//! Skimming: passing over stretches of text in which a scan can find
//! nothing.
//!
//! A scan that looks for rare bytes (punctuation, unusual white space)
//! spends most of its time on bytes it ignores. Each
//! scan states what it looks for as a test on a byte and the two after it,
//! written with comparisons only, so that the compiler checks many bytes at
//! once with vector instructions. A superset is fine: the test only decides
//! where the scan looks, never what it finds. Two ways to skim:
//!
//! - [`Skimmer`] tells which 16-byte chunks hold a hit, and the scan reads
//!   those chunks byte by byte: cheapest where the scan needs few positions
//!   or hits cluster (white space, a block's first foreign character);
//! - [`Hits`] gives the positions where the test holds, 64 bytes at a time,
//!   and the scan reads only there: cheaper where hits are spread over the
//!   text one or two per chunk (punctuation).

use crate::byte_masks::{WIDTH, flags_at, pack};

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

/// The positions where a scan's test holds, found 64 bytes at a time
/// ([`crate::byte_masks`]) and handed out in order: the scan jumps from one
/// to the next with a count of trailing zeros, and reads no byte between
/// them. The test may hold on more bytes than the scan wants. It is given
/// as the function of the 64 bytes from a position to their mask: a byte
/// test through [`byte_hits`], or classes in vector operations
/// ([`crate::byte_masks::masks_at`]) through [`Hits::of_masks`].
pub(crate) struct Hits<'a, M> {
    bytes: &'a [u8],
    masks: M,
    /// The start of the 64 bytes `mask` describes.
    base: usize,
    /// Bit k: the test holds at `base + k`.
    mask: u64,
}

/// The hits of `test(byte, next, the one after)` in `bytes`.
pub(crate) fn byte_hits(bytes: &[u8], test: impl Fn(u8, u8, u8) -> bool) -> Hits<'_, impl Fn(&[u8], usize) -> u64> {
    Hits::of_masks(bytes, move |bytes: &[u8], at| pack(&flags_at(bytes, at, |b, n, nn| u8::from(test(b, n, nn))), 0))
}

impl<'a, M: Fn(&[u8], usize) -> u64> Hits<'a, M> {
    /// The hits whose mask at a position `masks` gives.
    pub(crate) fn of_masks(bytes: &'a [u8], masks: M) -> Self {
        let mut hits = Hits { bytes, masks, base: 0, mask: 0 };
        hits.load(0);
        hits
    }

    fn load(&mut self, at: usize) {
        self.base = at;
        self.mask = (self.masks)(self.bytes, at);
    }

    /// The first position at or after `from` where the test holds. The
    /// scan asks with positions that never go back (a position before an
    /// earlier answer is read as that answer's mask start).
    #[inline]
    pub(crate) fn next_from(&mut self, from: usize) -> Option<usize> {
        if from >= self.base + WIDTH {
            if from >= self.bytes.len() {
                return None;
            }
            self.load(from);
        }
        let mut mask = self.mask & (u64::MAX << from.saturating_sub(self.base));
        while mask == 0 {
            let next = self.base + WIDTH;
            if next >= self.bytes.len() {
                return None;
            }
            self.load(next);
            mask = self.mask;
        }
        Some(self.base + mask.trailing_zeros() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    #[test]
    fn a_test_on_the_next_byte_sees_across_masks() {
        // The pair straddles the first mask's last byte and the second's first.
        let text = format!("{} !{}", "a".repeat(WIDTH - 1), "b".repeat(WIDTH));
        let mut hits = byte_hits(text.as_bytes(), |b, n, _| b == b' ' && n == b'!');
        assert_eq!(hits.next_from(0), Some(WIDTH - 1));
        assert_eq!(hits.next_from(WIDTH), None);
    }

    proptest! {
        #[test]
        fn hits_are_the_positions_where_the_test_holds(
            bytes in proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'!'), Just(b' ')], 0..300),
            steps in proptest::collection::vec(1usize..90, 1..20),
        ) {
            let test = |b: u8, n: u8, _: u8| b == b'!' && n != b'!';
            let holds = |i: usize| test(bytes[i], bytes.get(i + 1).copied().unwrap_or(0), 0);
            let mut hits = byte_hits(&bytes, test);
            let mut from = 0;
            for step in steps {
                let expected = (from..bytes.len()).find(|&i| holds(i));
                prop_assert_eq!(hits.next_from(from), expected);
                from += step;
            }
        }
    }
}
