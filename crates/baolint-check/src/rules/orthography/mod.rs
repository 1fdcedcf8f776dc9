//! ORT: orthography and typography. So far: white space.

pub(crate) mod repeated_whitespace;
pub(crate) mod trailing_whitespace;
pub(crate) mod unusual_space;
pub(crate) mod whitespace_only_line;

/// Names the white space characters of a run for messages: "a space and a
/// no-break space (U+00A0)".
fn describe_run(run: &str) -> String {
    let names: Vec<String> = run
        .chars()
        .map(|c| match c {
            ' ' => "a space".to_owned(),
            '\t' => "a tab".to_owned(),
            '\u{A0}' => "a no-break space (U+00A0)".to_owned(),
            c => format!("U+{:04X}", u32::from(c)),
        })
        .collect();
    match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    }
}
