//! `review keep REVIEW_FILE --out FILE.tsv [--allow-empty]`: a filled-in
//! review file becomes the judged TSV the repository keeps. Only the rule,
//! record id, offsets, verdict and reason are kept: no article text and no
//! message, so the kept file quotes nothing but what a reason quotes.

use std::fs;
use std::path::Path;

use super::Args;
use super::formats::{Block, Judgement, parse_review, write_tsv};
use crate::workspace::Result;

pub(super) fn run(args: &[String]) -> Result {
    let args = Args::parse("keep", args, &["out"], &["allow-empty"])?;
    let [review] = &args.positional[..] else {
        return Err("usage: cargo xtask review keep REVIEW_FILE --out review/judged/NAME.tsv [--allow-empty]".into());
    };
    let out = Path::new(args.required("out")?);
    let (text, kept, dropped) = keep(Path::new(review), args.switch("allow-empty"))?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    }
    fs::write(out, text).map_err(|err| format!("cannot write {}: {err}", out.display()))?;
    println!("kept {kept} judged findings in {}", out.display());
    if dropped > 0 {
        println!("dropped {dropped} blocks with no verdict (--allow-empty)");
    }
    Ok(())
}

/// The TSV text, the number of findings kept and of blank blocks dropped.
pub(super) fn keep(review: &Path, allow_empty: bool) -> Result<(String, usize, usize)> {
    let text = fs::read_to_string(review).map_err(|err| format!("cannot read {}: {err}", review.display()))?;
    let (header, blocks) = parse_review(review, &text)?;
    if header.sha256.is_empty() {
        return Err(
            format!("{}: no `# corpus: NAME sha256=...` header line; is it a review file?", review.display()).into()
        );
    }
    let blank: Vec<String> = blocks.iter().filter(|b| b.verdict.is_none()).map(|b| b.number.to_string()).collect();
    if !blank.is_empty() && !allow_empty {
        let more = if blank.len() > 20 { format!(" and {} more", blank.len() - 20) } else { String::new() };
        return Err(format!(
            "{}: {} blocks have no verdict: {}{more} (fill them in, or pass --allow-empty to drop them)",
            review.display(),
            blank.len(),
            blank[..blank.len().min(20)].join(", ")
        )
        .into());
    }
    let judgements: Vec<Judgement> = blocks.into_iter().filter_map(Block::judgement).collect();
    for j in &judgements {
        if j.id.contains('\t') {
            return Err(format!("{}: record id `{}` holds a tab; it cannot go in a TSV", review.display(), j.id).into());
        }
    }
    Ok((write_tsv(&header, &judgements), judgements.len(), blank.len()))
}
