//! NUM006 malformed-grouping.

use baolint_syntax::{Grouping, NumberKind, NumberMention, Value};

use crate::{Context, Evidence, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "NUM006",
    name: "malformed-grouping",
    family: Family::Numbers,
    severity: Severity::Warning,
    fix: FixAvailability::None,
    preview: false,
    summary: "Digits grouped in a way Vietnamese notation does not allow (\"4.4031\", \"1.5\", \"1,234,567\").",
    doc: r#"## What it does
Reports a number whose separators do not follow Vietnamese notation, where
"." separates groups of three digits and "," marks decimals:
- a group after a dot that is longer than three digits ("4.4031"), a typo
  in the figure;
- a group after a dot that is shorter than three digits ("1.5 triệu",
  "2.5 inch"): English decimals that a Vietnamese reader takes for
  thousands, so "1.5 triệu" may mean 1,5 triệu or 1.500 triệu. Only a
  number with a scale word or a lower-case counted noun is reported, and
  not after a capitalised name: "12.8%" cannot be thousands, and "Otamendi
  3.5", "Android 7.1" or "Camry 2.5G" are ratings, versions and models;
- commas between groups of three ("1,234,567"): English thousands.

Digits with a leading zero or a year among their groups ("062.02",
"5.2014") are codes or dates, and are left alone.

## Why is this bad?
The reader cannot tell which number is meant, and tools that read the
report the Vietnamese way get a value a thousand times off.

## Example
```text
cấp huyện 4.4031 điển hình; giá xăng giảm 1.5 nghìn đồng
```
Use instead: `4.403` (or whatever the source says) and `1,5 nghìn đồng`.

## Fix safety
No fix: only the source tells which value was meant.
"#,
};

pub(crate) fn check(ctx: &mut Context<'_>, mention: &NumberMention) {
    // One value or two, without a vector for each of the report's numbers.
    let values: [Option<&Value>; 2] = match &mention.kind {
        NumberKind::Amount(v) | NumberKind::Percent(v) => [Some(v), None],
        NumberKind::Ratio(a, b) | NumberKind::Range(a, b) => [Some(a), Some(b)],
    };
    // "12.8%" cannot be read as thousands, and a bare "3.5" (a rating, a
    // version) says nothing about what it counts: only a scale word or a
    // counted noun makes a short group ambiguous.
    // A capitalised word after it ("3.5 Benalouane", "4.4 KitKat") or
    // before it ("Android 7.1", "Camry 2.5") marks a rating, a version or a
    // model, not a counted quantity.
    let noun_is_word = mention.noun.is_some_and(|n| n.text(ctx.text).starts_with(|c: char| c.is_lowercase()));
    let counted = !matches!(mention.kind, NumberKind::Percent(_)) && noun_is_word && !mention.after_name;
    for value in values.into_iter().flatten() {
        let digits = value.digits.text(ctx.text);
        if value.leading_zero || has_year_group(digits) {
            continue;
        }
        let message = match value.grouping {
            Grouping::Irregular { group } if group > 3 => format!(
                "\"{digits}\" has {group} digits after a thousands dot: thousands groups have three, so a digit is missing or extra"
            ),
            Grouping::Irregular { .. } if !(counted || (value.scale.is_some() && !mention.after_name)) => continue,
            Grouping::Irregular { .. } => {
                let comma = digits.replace('.', ",");
                format!(
                    "\"{digits}\" is ambiguous: in Vietnamese notation the dot separates thousands; write \"{comma}\" for a decimal, or group the digits in threes"
                )
            }
            Grouping::English => {
                // Swap the separators: English "1,236.10" is "1.236,10".
                let vietnamese: String = digits
                    .chars()
                    .map(|c| match c {
                        ',' => '.',
                        '.' => ',',
                        c => c,
                    })
                    .collect();
                format!(
                    "\"{digits}\" uses commas between thousands (English style); Vietnamese notation writes \"{vietnamese}\""
                )
            }
            Grouping::None | Grouping::Thousands => continue,
        };
        let evidence = vec![Evidence::new("digits as written", digits, Some(value.digits))];
        ctx.report_diagnostic(Rule::MalformedGrouping, value.digits, message, evidence, None);
    }
}

/// A year among the groups ("5.2014", "2017.111") marks a date or a code,
/// as a leading zero ("015.28", "062.02") marks a code or a phone
/// fragment: not a quantity.
fn has_year_group(digits: &str) -> bool {
    digits.split(['.', ',']).any(|g| g.len() == 4 && g.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)))
}
