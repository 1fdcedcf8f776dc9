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

/// The flags of the 64 bytes from `at`: byte k holds
/// `test(bytes[at + k], bytes[at + k + 1], bytes[at + k + 2])`, where bytes
/// past the end read as 0, and so do the flags of positions past the end.
#[inline(always)]
pub(crate) fn flags_at(bytes: &[u8], at: usize, test: impl Fn(u8, u8, u8) -> u8) -> [u8; WIDTH] {
    let mut flags = [0; WIDTH];
    let mut padded = [0; WIDTH + 2];
    let window: &[u8; WIDTH + 2] = match bytes.get(at..at + WIDTH + 2).and_then(|w| w.try_into().ok()) {
        Some(window) => window,
        None => {
            let tail = &bytes[at.min(bytes.len())..];
            padded[..tail.len()].copy_from_slice(tail);
            &padded
        }
    };
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
