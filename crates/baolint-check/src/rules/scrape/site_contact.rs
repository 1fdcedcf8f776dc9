//! SCR003 site-contact.

use baolint_syntax::Block;

use super::{junk_fix_safety, report_junk_line};
use crate::{Context, FixAvailability, Rule, RuleMeta, Severity, registry::Family};

pub(crate) const META: RuleMeta = RuleMeta {
    code: "SCR003",
    name: "site-contact",
    family: Family::Scrape,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    preview: false,
    summary: "The site's hotline or contact line.",
    doc: concat!(
        r#"## What it does
Reports a line that holds only phone numbers (8 to 12 digits each, as
"1800 1260 - 1800 1261" or "0912.345.678"), optionally after a label such as
"Hotline:", "Đường dây nóng:" or "Fax:". Year ranges ("2011 - 2015") and
other short numbers do not count.

## Why is this bad?
The site prints its hotline in the page header; it is not part of the
report, and a phone number published under the wrong report misleads
readers.

## Example
```text
image banner
1800 1260 - 1800 1261
Toàn quốc có 25.525 mô hình điển hình trong học tập và làm theo Bác
```
Use instead: delete the contact line.

"#,
        junk_fix_safety!()
    ),
};

pub(crate) fn check(ctx: &mut Context<'_>, block: &Block) {
    let text = block.span.text(ctx.text);
    report_junk_line(
        ctx,
        Rule::SiteContact,
        block,
        format!("the site's contact line left in the text: \"{text}\""),
        Vec::new(),
    );
}
