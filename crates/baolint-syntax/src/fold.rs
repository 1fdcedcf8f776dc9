//! Folding Vietnamese text to lower-case ASCII ("Chỉ thị" -> "chi thi"), the
//! way URL slugs are written.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Lower-case ASCII letters and digits of `text`, words separated by one
/// space; every other character is a word break.
pub fn fold_to_ascii_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' | 'ð' | 'Ð' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds() {
        assert_eq!(
            super::fold_to_ascii_words("Bắc Giang tiếp tục thực hiện Chỉ thị 05-CT/TW"),
            "bac giang tiep tuc thuc hien chi thi 05 ct tw"
        );
    }
}
