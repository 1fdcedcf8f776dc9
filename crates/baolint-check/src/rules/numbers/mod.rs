//! NUM: numbers. The arithmetic of breakdowns, ratios and percentages, and
//! the way figures are written. Every comparison goes through an
//! [`Interval`], so that printed precision and hedges ("hơn", "gần",
//! "khoảng") widen what counts as equal. No rule here offers a fix: which
//! figure is wrong is the editor's call.

pub(crate) mod breakdown_sum_mismatch;
pub(crate) mod change_mismatch;
pub(crate) mod conflicting_quantity;
pub(crate) mod impossible_percentage;
pub(crate) mod malformed_grouping;
pub(crate) mod multiple_mismatch;
pub(crate) mod part_exceeds_total;
pub(crate) mod percent_split_sum;
pub(crate) mod ratio_percent_mismatch;
pub(crate) mod remainder_mismatch;
pub(crate) mod share_mismatch;

use baolint_syntax::{HedgeKind, NumberKind, NumberMention, Value};

use crate::Evidence;

/// How far "khoảng" (about) lets a round value stray, as a fraction of
/// it: "khoảng 7.800" or "khoảng 1,5 triệu" is a rough figure.
const ABOUT_SLACK: f64 = 0.15;
/// How far "khoảng" lets a value printed to three significant digits
/// stray ("khoảng 7.780"): the writer rounded in the third digit.
const ABOUT_SLACK_THREE_DIGITS: f64 = 0.05;
/// How far "khoảng" lets a value printed to four significant digits or
/// more stray ("khoảng 7.779 tỷ"): a figure read off an account, hedged
/// for its last unit, not a guess.
const ABOUT_SLACK_FOUR_DIGITS: f64 = 0.02;
/// How far below the value "gần" (nearly) lets it lie, as a fraction of
/// it: "gần 50%" is 42,5% to 50%.
const NEARLY_SLACK: f64 = 0.15;

/// The values a written figure allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// The values a stated percentage allows: the printed value rounded or
    /// cut to its printed decimals (99,16% stands for 99,155% to 99,17%),
    /// a bound under "gần" or "trên"; `None` under "khoảng", which allows
    /// anything near.
    pub fn of_stated_percent(stated: &Value, hedge: Option<HedgeKind>) -> Option<Interval> {
        let unit = 10f64.powi(-i32::from(stated.decimals));
        let written = Interval { lo: stated.value - 0.5 * unit, hi: stated.value + unit };
        match hedge {
            None => Some(written),
            Some(HedgeKind::AtLeast) => Some(Interval { lo: written.lo, hi: f64::INFINITY }),
            Some(HedgeKind::AtMost) => Some(Interval { lo: 0.0, hi: written.hi }),
            Some(HedgeKind::Nearly) => Some(Interval { lo: written.lo * (1.0 - NEARLY_SLACK), hi: written.hi }),
            Some(HedgeKind::About | HedgeKind::Indefinite) => None,
        }
    }

    pub fn exact(value: f64) -> Interval {
        Interval { lo: value, hi: value }
    }

    pub fn plus(self, other: Interval) -> Interval {
        Interval { lo: self.lo + other.lo, hi: self.hi + other.hi }
    }

    /// True when no value lies in both, beyond floating-point noise.
    pub fn disjoint(self, other: Interval) -> bool {
        let magnitude = [self.lo, self.hi, other.lo, other.hi]
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(1.0, |m: f64, v| m.max(v.abs()));
        let eps = 1e-9 * magnitude;
        self.hi + eps < other.lo || other.hi + eps < self.lo
    }

    pub fn contains(self, value: f64) -> bool {
        !self.disjoint(Interval::exact(value))
    }
}

/// Half a unit of the last printed digit: "6,5 tỷ" stands for 6,45..6,55
/// tỷ. Whole counts without a scale word are exact.
pub(crate) fn rounding(value: &Value, whole_counts_exact: bool) -> f64 {
    let scale = value.scale.map_or(1.0, |s| s.factor);
    if whole_counts_exact && value.decimals == 0 && value.scale.is_none() {
        0.0
    } else {
        0.5 * 10f64.powi(-i32::from(value.decimals)) * scale
    }
}

/// The values a mention allows, or `None` for an indefinite one ("hàng
/// trăm").
pub(crate) fn interval(mention: &NumberMention, value: &Value) -> Option<Interval> {
    let whole_counts_exact = matches!(mention.kind, NumberKind::Amount(_));
    let tolerance = rounding(value, whole_counts_exact);
    let v = value.value;
    let interval = match mention.hedge.map(|h| h.kind) {
        None => Interval { lo: v - tolerance, hi: v + tolerance },
        Some(HedgeKind::AtLeast) => Interval { lo: v - tolerance, hi: f64::INFINITY },
        Some(HedgeKind::AtMost) => Interval { lo: 0.0, hi: v + tolerance },
        Some(HedgeKind::Nearly) => Interval { lo: v * (1.0 - NEARLY_SLACK) - tolerance, hi: v + tolerance },
        Some(HedgeKind::About) => {
            let slack = about_slack(value);
            Interval { lo: v * (1.0 - slack) - tolerance, hi: v * (1.0 + slack) + tolerance }
        }
        Some(HedgeKind::Indefinite) => return None,
    };
    Some(interval)
}

/// How far "khoảng" lets `value` stray: the more significant digits it
/// is printed with, the less.
fn about_slack(value: &Value) -> f64 {
    match significant_digits(value) {
        0..=2 => ABOUT_SLACK,
        3 => ABOUT_SLACK_THREE_DIGITS,
        _ => ABOUT_SLACK_FOUR_DIGITS,
    }
}

/// The digits `value` is printed with, less the zeros that end it: 2 for
/// "7.800" and "1,5", 4 for "7.779".
fn significant_digits(value: &Value) -> u32 {
    let scale = value.scale.map_or(1.0, |s| s.factor);
    let printed = (value.value / scale * 10f64.powi(i32::from(value.decimals))).round();
    if !(1.0..1e15).contains(&printed) {
        return 0;
    }
    let mut units = printed as u64;
    while units.is_multiple_of(10) {
        units /= 10;
    }
    units.ilog10() + 1
}

/// The single value of an amount or a percentage.
pub(crate) fn single_value(mention: &NumberMention) -> Option<&Value> {
    match &mention.kind {
        NumberKind::Amount(v) | NumberKind::Percent(v) => Some(v),
        _ => None,
    }
}

/// Writes `value` the Vietnamese way: "." between thousands, "," before
/// decimals, at most `decimals` of them and no trailing zeros.
pub(crate) fn vietnamese(value: f64, decimals: u8) -> String {
    let negative = value < 0.0;
    // Values that fit an integer of scaled units are written from that
    // integer: formatting an f64 with a precision is the slow exact
    // algorithm, and every number finding writes several values.
    let scale = 10f64.powi(i32::from(decimals));
    let scaled = (value.abs() * scale).round();
    if decimals <= 6 && scaled < 1e15 {
        // Written digit by digit into one string.
        let units = scaled as u64;
        let divisor = 10u64.pow(u32::from(decimals));
        let (int, mut frac) = (units / divisor, units % divisor);
        let mut frac_digits = u32::from(decimals);
        while frac_digits > 0 && frac % 10 == 0 {
            frac /= 10;
            frac_digits -= 1;
        }
        let mut out = String::with_capacity(24);
        if negative && scaled > 0.0 {
            out.push('-');
        }
        let int_digits = int.checked_ilog10().map_or(1, |log| log + 1);
        for place in (0..int_digits).rev() {
            out.push(char::from(b'0' + (int / 10u64.pow(place) % 10) as u8));
            if place > 0 && place % 3 == 0 {
                out.push('.');
            }
        }
        if frac_digits > 0 {
            out.push(',');
            for place in (0..frac_digits).rev() {
                out.push(char::from(b'0' + (frac / 10u64.pow(place) % 10) as u8));
            }
        }
        return out;
    }
    let (int_part, frac_part) = {
        let rounded = format!("{:.*}", usize::from(decimals), value.abs());
        match rounded.split_once('.') {
            Some((int, frac)) => (int.to_owned(), frac.to_owned()),
            None => (rounded, String::new()),
        }
    };
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3 + frac_part.len() + 2);
    if negative && (scaled > 0.0 || !frac_part.trim_end_matches('0').is_empty()) {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(digit);
    }
    let frac = frac_part.trim_end_matches('0');
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// The printed precision to show a computed sum with: the finest of its
/// operands (values with a scale word are shown in full digits).
pub(crate) fn finest(values: &[&Value]) -> u8 {
    values.iter().filter(|v| v.scale.is_none()).map(|v| v.decimals).max().unwrap_or(0)
}

/// Evidence for one operand: what is written, where, and the value read
/// when it differs from the digits ("2 vạn" = 20.000).
pub(crate) fn operand(label: &str, text: &str, mention: &NumberMention, value: &Value) -> Evidence {
    let written = mention.span.text(text);
    let read = vietnamese(value.value, value.decimals);
    let shown = if written.ends_with(&read) { written.to_owned() } else { format!("{written} (= {read})") };
    Evidence::new(label, shown, Some(mention.span))
}

/// Writes a computed `value` in the scale the operands share ("7 tỷ" for a
/// sum of "2,1 tỷ" and "4,9 tỷ"), or in full digits when they share none.
pub(crate) fn in_shared_scale(text: &str, value: f64, operands: &[&Value], decimals: u8) -> String {
    let first = operands.first().and_then(|v| v.scale);
    let shared = first.filter(|f| operands.iter().all(|v| v.scale.is_some_and(|s| s.factor == f.factor)));
    match shared {
        Some(scale) => {
            let decimals = operands.iter().map(|v| v.decimals).max().unwrap_or(0);
            format!("{} {}", vietnamese(value / scale.factor, decimals), scale.span.text(text))
        }
        None => vietnamese(value, decimals),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(value: f64, decimals: u8, factor: Option<f64>) -> Value {
        Value {
            digits: baolint_syntax::Span::new(0, 0),
            value,
            grouping: baolint_syntax::Grouping::None,
            decimals,
            leading_zero: false,
            scale: factor.map(|factor| baolint_syntax::Scale { factor, span: baolint_syntax::Span::new(0, 0) }),
        }
    }

    #[test]
    fn about_allows_less_the_more_digits_a_figure_is_printed_with() {
        // "khoảng 7.800", "khoảng 1,5 tỷ": round figures.
        assert_eq!(significant_digits(&printed(7800.0, 0, None)), 2);
        assert_eq!(significant_digits(&printed(1.5e9, 1, Some(1e9))), 2);
        // "khoảng 7.780", "khoảng 7.779 tỷ".
        assert_eq!(significant_digits(&printed(7780.0, 0, None)), 3);
        assert_eq!(significant_digits(&printed(7.779e12, 0, Some(1e9))), 4);
        assert_eq!(about_slack(&printed(7800.0, 0, None)), ABOUT_SLACK);
        assert_eq!(about_slack(&printed(7780.0, 0, None)), ABOUT_SLACK_THREE_DIGITS);
        assert_eq!(about_slack(&printed(7.779e12, 0, Some(1e9))), ABOUT_SLACK_FOUR_DIGITS);
        assert_eq!(significant_digits(&printed(0.0, 0, None)), 0);
    }

    /// The number written through the standard formatter, grouped by hand:
    /// what [`vietnamese`] writes digit by digit.
    fn by_formatter(value: f64, decimals: u8) -> String {
        let rounded = format!("{:.*}", usize::from(decimals), value.abs());
        let (int, frac) = rounded.split_once('.').unwrap_or((&rounded, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::new();
        if value < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty()) {
            out.push('-');
        }
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push(',');
            out.push_str(frac);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn digits_are_written_as_the_formatter_writes_them(units in -1_000_000_000_000i64..1_000_000_000_000, decimals in 0u8..=6) {
            // Values exact in binary at their printed precision, so that
            // both roundings agree.
            let value = units as f64 / 2f64.powi(i32::from(decimals));
            proptest::prop_assert_eq!(vietnamese(value, decimals), by_formatter(value, decimals));
        }
    }

    #[test]
    fn writes_vietnamese_numbers() {
        assert_eq!(vietnamese(13011.0, 0), "13.011");
        assert_eq!(vietnamese(360.0, 0), "360");
        assert_eq!(vietnamese(99.36, 2), "99,36");
        assert_eq!(vietnamese(75.0, 2), "75");
        assert_eq!(vietnamese(6_500_000_000.0, 0), "6.500.000.000");
        assert_eq!(vietnamese(1234567.891, 1), "1.234.567,9");
        assert_eq!(vietnamese(-360.5, 1), "-360,5");
        assert_eq!(vietnamese(-0.01, 1), "0");
        assert_eq!(vietnamese(0.05, 2), "0,05");
        assert_eq!(vietnamese(2e18, 0), "2.000.000.000.000.000.000");
        assert_eq!(vietnamese(1e15 + 2.0, 1), "1.000.000.000.000.002");
    }
}
