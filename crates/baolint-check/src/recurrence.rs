//! Evidence across reports: how many reports of one source hold each line.
//!
//! A site prints the same lines around every article it serves (a slogan,
//! a "follow us" line, a comment form), and a scraper keeps them. No single
//! report can tell such a line from content; many reports of one source
//! can. The CLI reads every report of a run once before checking it, adds
//! each to the [`Recurrence`] of its source, and hands that to the checker
//! with each report; [`crate::Rule::TemplateLine`] reads it.
//!
//! Only fingerprints are kept: a 64-bit key per distinct line and a count,
//! never the lines. A line's key ignores case, runs of white space and the
//! value of its digits ("Lượt xem: 95" and "Lượt xem: 102" are one line), so
//! that counters and dates in a template count together. Counts do not
//! depend on the order reports are added in.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

/// Lines shorter or longer than this (in bytes, trimmed) are not counted:
/// too short to tell anything by ("Ảnh"), or too long to be a template.
const MIN_LINE_BYTES: usize = 8;
const MAX_LINE_BYTES: usize = 200;

/// A line recurs when at least this many reports of its source hold it...
pub const MIN_REPORTS: u32 = 5;
/// ...and at least this share of them (per mille): in a source of 120
/// reports, 5; in one of 20.000, 200. A story syndicated a few times, or a
/// stock phrase of news, stays below it.
pub const MIN_SHARE_PER_MILLE: u32 = 10;

/// The fingerprint of a line worth counting, or `None` for a line too short
/// or too long.
pub fn line_key(line: &str) -> Option<u64> {
    let line = line.trim();
    if !(MIN_LINE_BYTES..=MAX_LINE_BYTES).contains(&line.len()) {
        return None;
    }
    let mut hasher = FxHasher::default();
    let (mut space, mut digits) = (false, false);
    for c in line.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            hasher.write_u8(b' ');
            space = false;
        }
        // A run of digits is one digit: "9" and "102" are the same count.
        if c.is_ascii_digit() {
            if !digits {
                hasher.write_u8(b'0');
            }
            digits = true;
            continue;
        }
        digits = false;
        for lower in c.to_lowercase() {
            hasher.write_u32(u32::from(lower));
        }
    }
    Some(hasher.finish())
}

/// The lines of the reports of one source, by fingerprint.
#[derive(Debug, Default, Clone)]
pub struct Recurrence {
    reports: u32,
    counts: FxHashMap<u64, u32>,
}

impl Recurrence {
    /// Counts the distinct lines of one report.
    pub fn add_report(&mut self, text: &str) {
        self.reports += 1;
        let keys: FxHashSet<u64> = text.lines().filter_map(line_key).collect();
        for key in keys {
            *self.counts.entry(key).or_insert(0) += 1;
        }
    }

    /// Adds the counts of another part of the same source.
    pub fn merge(&mut self, other: Recurrence) {
        self.reports += other.reports;
        for (key, count) in other.counts {
            *self.counts.entry(key).or_insert(0) += count;
        }
    }

    /// Reports counted.
    pub fn reports(&self) -> u32 {
        self.reports
    }

    /// How many reports hold `line`, when that many make it recur (see
    /// [`MIN_REPORTS`], [`MIN_SHARE_PER_MILLE`]).
    pub fn recurring(&self, line: &str) -> Option<u32> {
        let count = *self.counts.get(&line_key(line)?)?;
        let enough =
            count >= MIN_REPORTS && u64::from(count) * 1000 >= u64::from(MIN_SHARE_PER_MILLE) * u64::from(self.reports);
        enough.then_some(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_spacing_and_digit_values() {
        assert_eq!(line_key("Lượt xem: 95"), line_key("  LƯỢT  XEM: 102 "));
        assert_ne!(line_key("Lượt xem: 95"), line_key("Lượt đọc: 95"));
        assert_eq!(line_key("Ảnh"), None);
        assert_eq!(line_key(&"a".repeat(MAX_LINE_BYTES + 1)), None);
    }

    #[test]
    fn a_line_recurs_in_enough_reports_and_a_share_of_them() {
        let mut source = Recurrence::default();
        for i in 0..100 {
            let footer = if i < 5 { "\nTheo dõi chúng tôi trên mạng xã hội" } else { "" };
            source.add_report(&format!(
                "Tin số {i}\nNội dung riêng của tin {i} ở đây.{footer}\nNội dung riêng của tin {i} ở đây."
            ));
        }
        assert_eq!(source.reports(), 100);
        assert_eq!(source.recurring("Theo dõi chúng tôi trên mạng xã hội"), Some(5));
        // Digits are one value: every report's own line counts as one line,
        // once per report however often it holds it.
        assert_eq!(source.recurring("Nội dung riêng của tin 7 ở đây."), Some(100));
        let mut big = source.clone();
        for _ in 0..900 {
            big.add_report("Một tin khác hẳn");
        }
        // 5 of 1.000 is below the share.
        assert_eq!(big.recurring("Theo dõi chúng tôi trên mạng xã hội"), None);
    }
}
