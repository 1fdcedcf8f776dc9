//! Byte masks: what a scan needs to know about 64 bytes of text, one bit
//! per byte, so that it jumps from one byte of interest to the next with a
//! count of trailing zeros instead of testing every byte in a loop.
//!
//! A scan states its classes as one branch-free test on a byte and the two
//! after it, returning one flag bit per class. The test is run over the 64
//! bytes into an array, which the compiler turns into vector compares, and
//! each class is packed into a `u64` sixteen bytes at a time by the vector
//! "move mask" of the `wide` crate, so no unsafe intrinsic is needed here.

use wide::u8x16;

/// Bytes per mask.
pub(crate) const WIDTH: usize = 64;

/// The 64 bytes from `at` and the two after them, in place when the text
/// has them, else copied into `padded` (zero past the end).
#[inline(always)]
fn window_at<'a>(bytes: &'a [u8], at: usize, padded: &'a mut [u8; WIDTH + 2]) -> &'a [u8; WIDTH + 2] {
    match bytes.get(at..at + WIDTH + 2).and_then(|w| w.try_into().ok()) {
        Some(window) => window,
        None => {
            let tail = &bytes[at.min(bytes.len())..];
            padded[..tail.len()].copy_from_slice(tail);
            padded
        }
    }
}

/// The flags of the 64 bytes from `at`: byte k holds
/// `test(bytes[at + k], bytes[at + k + 1], bytes[at + k + 2])`, where bytes
/// past the end read as 0, and so do the flags of positions past the end.
#[inline(always)]
pub(crate) fn flags_at(bytes: &[u8], at: usize, test: impl Fn(u8, u8, u8) -> u8) -> [u8; WIDTH] {
    let mut flags = [0; WIDTH];
    let mut padded = [0; WIDTH + 2];
    let window = window_at(bytes, at, &mut padded);
    for k in 0..WIDTH {
        flags[k] = test(window[k], window[k + 1], window[k + 2]);
    }
    if at + WIDTH > bytes.len() {
        // The test may hold on the zero padding; positions past the end are
        // no bytes of the text.
        flags[bytes.len().saturating_sub(at)..].fill(0);
    }
    flags
}

/// The mask of one class: bit k set when bit `class` of `flags[k]` is.
/// Sixteen bytes at a time as one vector: compared with the class bit and
/// gathered by their top bits (one instruction where the machine has it,
/// `wide` choosing; a loop elsewhere).
#[inline(always)]
pub(crate) fn pack(flags: &[u8; WIDTH], class: u32) -> u64 {
    let bit = u8x16::splat(1 << class);
    let mut mask = 0;
    for (w, sixteen) in flags.chunks_exact(16).enumerate() {
        let bytes: [u8; 16] = sixteen.try_into().expect("chunks of sixteen");
        let set = (u8x16::from(bytes) & bit).cmp_eq(bit);
        // move_mask gives the sixteen top bits in the low half of an i32.
        mask |= u64::from(set.move_mask() as u16) << (16 * w);
    }
    mask
}

/// The masks of `K` classes of the 64 bytes from `at`, each class stated
/// directly in vector operations: `classes(b, n, nn)` gets sixteen bytes
/// `b`, the sixteen that follow each (`n`) and the sixteen after those
/// (`nn`), and returns per class a vector of 0xFF where a byte is in it and
/// 0 elsewhere (see [`Lanes`]). Bytes past the end read as 0, and their
/// bits are 0. Where a test of a byte and the next is a dozen comparisons,
/// this is several times cheaper than [`flags_at`] and [`pack`], whose
/// byte-wise test the compiler cannot vectorise as well.
#[inline(always)]
pub(crate) fn masks_at<const K: usize>(
    bytes: &[u8],
    at: usize,
    classes: impl Fn(u8x16, u8x16, u8x16) -> [u8x16; K],
) -> [u64; K] {
    let mut padded = [0; WIDTH + 2];
    let window = window_at(bytes, at, &mut padded);
    let mut masks = [0; K];
    for w in 0..WIDTH / 16 {
        let lanes = |from: usize| u8x16::from(<[u8; 16]>::try_from(&window[from..from + 16]).expect("sixteen bytes"));
        let sets = classes(lanes(16 * w), lanes(16 * w + 1), lanes(16 * w + 2));
        for (mask, set) in masks.iter_mut().zip(sets) {
            // move_mask gives the sixteen top bits in the low half of an i32.
            *mask |= u64::from(set.move_mask() as u16) << (16 * w);
        }
    }
    let valid = bytes.len().saturating_sub(at);
    if valid < WIDTH {
        masks.iter_mut().for_each(|mask| *mask &= (1u64 << valid) - 1);
    }
    masks
}

/// Comparisons of sixteen bytes with a constant, as vectors of 0xFF (true)
/// and 0 (false), in the unsigned byte operations SSE2 has.
pub(crate) struct Lanes;

impl Lanes {
    pub(crate) const ALL: u8x16 = u8x16::new([0xFF; 16]);
    const ZERO: u8x16 = u8x16::new([0; 16]);

    #[inline(always)]
    pub(crate) fn eq(v: u8x16, c: u8) -> u8x16 {
        v.cmp_eq(u8x16::splat(c))
    }

    /// `v <= c`: nothing is left of `v - c` saturated at 0.
    #[inline(always)]
    pub(crate) fn le(v: u8x16, c: u8) -> u8x16 {
        v.saturating_sub(u8x16::splat(c)).cmp_eq(Self::ZERO)
    }

    /// `v >= c`.
    #[inline(always)]
    pub(crate) fn ge(v: u8x16, c: u8) -> u8x16 {
        u8x16::splat(c).saturating_sub(v).cmp_eq(Self::ZERO)
    }

    /// `lo <= v <= hi`: `v - lo`, wrapping, is at most `hi - lo`.
    #[inline(always)]
    pub(crate) fn within(v: u8x16, lo: u8, hi: u8) -> u8x16 {
        Self::le(v - u8x16::splat(lo), hi - lo)
    }

    /// `a` and not `b`.
    #[inline(always)]
    pub(crate) fn and_not(a: u8x16, b: u8x16) -> u8x16 {
        a & (b ^ Self::ALL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_byte_pattern_packs_to_its_bits() {
        for pattern in 0u64..256 {
            let mut flags = [0; WIDTH];
            for k in 0..8 {
                flags[k * 9 % WIDTH] = ((pattern >> k) & 1) as u8 * 0b101;
            }
            let mask = pack(&flags, 2);
            for k in 0..8 {
                assert_eq!((mask >> (k * 9 % WIDTH)) & 1, (pattern >> k) & 1, "{pattern:b} bit {k}");
            }
            assert_eq!(mask.count_ones(), pattern.count_ones());
        }
    }

    proptest! {
        /// Classes stated in vector operations give the masks of the same
        /// classes tested a byte at a time.
        #[test]
        fn vector_classes_are_the_byte_tests(bytes in proptest::collection::vec(any::<u8>(), 0..200), at in 0usize..200) {
            let [first, second, third] = masks_at(&bytes, at, |b, n, nn| {
                [Lanes::eq(b, b'a'), Lanes::and_not(Lanes::within(b, 0x30, 0x39), Lanes::le(n, 0x20)), Lanes::ge(nn, 0xC0)]
            });
            for k in 0..WIDTH {
                let byte = |j: usize| bytes.get(at + k + j).copied().unwrap_or(0);
                let inside = at + k < bytes.len();
                prop_assert_eq!((first >> k) & 1 == 1, inside && byte(0) == b'a');
                prop_assert_eq!((second >> k) & 1 == 1, inside && byte(0).is_ascii_digit() && byte(1) > 0x20);
                prop_assert_eq!((third >> k) & 1 == 1, inside && byte(2) >= 0xC0);
            }
        }

        #[test]
        fn masks_hold_the_test_at_each_byte(bytes in proptest::collection::vec(any::<u8>(), 0..200), at in 0usize..200) {
            let test = |b: u8, n: u8, nn: u8| u8::from(b == b'a') | (u8::from(n > nn) << 1);
            let flags = flags_at(&bytes, at, test);
            let (first, second) = (pack(&flags, 0), pack(&flags, 1));
            for k in 0..WIDTH {
                let byte = |j: usize| bytes.get(at + k + j).copied().unwrap_or(0);
                let inside = at + k < bytes.len();
                prop_assert_eq!((first >> k) & 1 == 1, inside && byte(0) == b'a');
                prop_assert_eq!((second >> k) & 1 == 1, inside && byte(1) > byte(2));
            }
        }
    }
}
