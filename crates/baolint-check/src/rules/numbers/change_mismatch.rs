//! NUM009 change-mismatch.

use baolint_syntax::{Direction, NumberKind, Span};

use super::{Interval, interval, vietnamese};
use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM009",
    name: "change-mismatch",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "A change given as its difference, its percentage and the level reached, when the three disagree.",
    doc: r#"## What it does
Reports a rise or fall written with its difference, its percentage and the
level it reached ("tăng 2,78 điểm (+0,36%) lên 778,32 điểm", "giảm 20 xu
Mỹ, tương đương 0,5%, xuống 44,54 USD") when the difference is not that
percentage of the level before the change (the level reached minus a rise,
plus a fall). Every figure may be rounded to its printed decimals, and the
percentage may be off by one unit of its last digit (a rounded figure
rounded again: 0,447% to 0,45% to 0,5%); a hedged figure is not judged. A difference in
cents ("cent", "xu") of a level in dollars is read as hundredths; other
differing units are not judged.

## Why is this bad?
3 cents on a level of 1,45 dollars is 2%, but on 1.446 dollars it is
0,002%: the difference, the percentage or the level is wrong, and market
reports are read for exactly these figures.

## Example
```text
Giá dầu sưởi ấm tăng 3 xu Mỹ (tương đương 2%) lên 1.446 USD/gallon.
```
A rise of 3 cents to 1.446 USD is 0,0021%: the level is 1,446 USD, written
with a thousands dot.

## Fix safety
No fix: which figure is wrong is the editor's call.
"#,
};

/// Differences in these units are hundredths of a level in dollars.
const CENT_UNITS: &[&str] = &["cent", "xu"];
const DOLLAR_UNITS: &[&str] = &["USD", "đô"];

pub(crate) fn check(
    ctx: &mut Context<'_>,
    direction: Direction,
    verb: Span,
    difference: usize,
    percent: usize,
    level: usize,
) {
    let numbers = &ctx.report.numbers;
    let (d, p, l) = (&numbers[difference], &numbers[percent], &numbers[level]);
    let (NumberKind::Amount(dv), NumberKind::Percent(pv), NumberKind::Amount(lv)) = (&d.kind, &p.kind, &l.kind) else {
        return;
    };
    let unit = |m: &baolint_syntax::NumberMention| m.noun.map(|n| n.text(ctx.text));
    let factor = match (unit(d), unit(l)) {
        (Some(du), Some(lu)) if du.eq_ignore_ascii_case(lu) => 1.0,
        (Some(du), Some(lu))
            if CENT_UNITS.iter().any(|c| du.eq_ignore_ascii_case(c))
                && DOLLAR_UNITS.iter().any(|c| lu.eq_ignore_ascii_case(c)) =>
        {
            0.01
        }
        (Some(_), Some(_)) => return,
        _ => 1.0,
    };
    let (Some(moved), Some(reached)) = (interval(d, dv), interval(l, lv)) else { return };
    let moved = Interval { lo: moved.lo * factor, hi: moved.hi * factor };
    // The percentage grows with the difference and shrinks with the level.
    let before = |m: f64, r: f64| match direction {
        Direction::Up => r - m,
        Direction::Down => r + m,
    };
    let (lowest_base, highest_base) = (before(moved.hi, reached.lo), before(moved.lo, reached.hi));
    if lowest_base <= 0.0 || highest_base <= 0.0 {
        return;
    }
    let computed = Interval { lo: moved.lo / highest_base * 100.0, hi: moved.hi / lowest_base * 100.0 };
    // Market reports round a percentage that was itself rounded (0,447% to
    // 0,45% to 0,5%): a whole unit of the last printed digit either way.
    let unit = 10f64.powi(-i32::from(pv.decimals));
    let stated = Interval { lo: pv.value - unit, hi: pv.value + unit };
    if !computed.disjoint(stated) {
        return;
    }
    let base = before(dv.value * factor, lv.value);
    let exact = dv.value * factor / base * 100.0;
    // Enough decimals to show two digits of a small percentage.
    let mut shown = pv.decimals.max(1);
    while shown < 6 && exact.abs() < 10f64.powi(1 - i32::from(shown)) {
        shown += 1;
    }
    let base_decimals = dv.decimals.max(lv.decimals) + if factor < 1.0 { 2 } else { 0 };
    let evidence = vec![
        Evidence::new("difference", d.span.text(ctx.text), Some(d.span)),
        Evidence::new("stated", p.span.text(ctx.text), Some(p.span)),
        Evidence::new("level reached", l.span.text(ctx.text), Some(l.span)),
        Evidence::new("level before", vietnamese(base, base_decimals), None),
        Evidence::new("computed", format!("{}%", vietnamese(exact, shown + 1)), None),
        Evidence::new(
            "tolerance",
            format!(
                "figures rounded to their printed decimals; the percentage within one unit of its {} decimal(s)",
                pv.decimals
            ),
            None,
        ),
    ];
    let change = match direction {
        Direction::Up => "rise",
        Direction::Down => "fall",
    };
    let message = format!(
        "a {change} of {} to {} is {}% of the level before ({}), not {}",
        with_noun(ctx.text, d),
        with_noun(ctx.text, l),
        vietnamese(exact, shown),
        vietnamese(base, base_decimals),
        p.span.text(ctx.text)
    );
    ctx.report_diagnostic(Rule::ChangeMismatch, Span::new(verb.start, l.span.end), message, evidence, None);
}

/// A figure with its unit, as written ("0,68 điểm").
fn with_noun(text: &str, mention: &baolint_syntax::NumberMention) -> String {
    match mention.noun {
        Some(noun) => format!("{} {}", mention.span.text(text), noun.text(text)),
        None => mention.span.text(text).to_owned(),
    }
}
