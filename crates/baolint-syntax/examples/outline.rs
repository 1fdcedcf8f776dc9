//! Prints the outline of each file given: `cargo run --example outline -- FILE...`.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        println!("== {path}");
        let report = baolint_syntax::parse(&text);
        print!("{}", baolint_syntax::outline(&text, &report));
        print!("{}", baolint_syntax::mentions_outline(&text, &report));
        print!("{}", baolint_syntax::numbers_outline(&text, &report));
        print!("{}", baolint_syntax::relations_outline(&text, &report));
    }
}
