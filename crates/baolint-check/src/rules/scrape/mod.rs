//! SCR: leftovers of the scraped web page.

use baolint_syntax::Block;

use crate::{Context, Edit, Fix, Rule};

pub(crate) mod duplicated_paragraph;
pub(crate) mod image_file_name;
pub(crate) mod markup_residue;
pub(crate) mod page_chrome;
pub(crate) mod repeated_title;
pub(crate) mod site_contact;
pub(crate) mod slug_line;
pub(crate) mod template_line;
pub(crate) mod view_counter;

/// Reports a junk line with the fix every junk rule offers: delete the line.
/// Unsafe, because a line the parser took for junk may be content.
fn report_junk_line(ctx: &mut Context<'_>, rule: Rule, block: &Block, message: String, evidence: Vec<crate::Evidence>) {
    let fix = Fix::unsafe_("remove the line", vec![Edit::delete(ctx.whole_line(block.line))]);
    ctx.report_diagnostic(rule, block.span, message, evidence, Some(fix));
}

/// The "Fix safety" section shared by the junk rules.
macro_rules! junk_fix_safety {
    () => {
        "## Fix safety\nUnsafe: the fix deletes the whole line, which is right for page junk but\nloses text if the line was content after all. Applied only with\n`--unsafe-fixes`.\n"
    };
}
pub(crate) use junk_fix_safety;
