//! Pretty JSON as `serde_json::to_string_pretty` writes it (two-space
//! indent), with each line break and its indentation written at once:
//! serde_json's own pretty formatter writes the indent one level at a time,
//! which on a run with many findings costs more than the findings' text.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

/// A line break followed by the indentation of the deepest level written in
/// one piece; deeper levels (no output type has them) go by the loop.
const BREAK_AND_SPACES: &[u8; 1 + 2 * 6] = b"\n            ";

#[derive(Debug, Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn break_line<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        // One arm per level the output types reach: a piece of constant
        // length is copied inline, where a slice of variable length is a
        // call to memcpy.
        match self.depth {
            0 => out.write_all(&BREAK_AND_SPACES[..1]),
            1 => out.write_all(&BREAK_AND_SPACES[..3]),
            2 => out.write_all(&BREAK_AND_SPACES[..5]),
            3 => out.write_all(&BREAK_AND_SPACES[..7]),
            4 => out.write_all(&BREAK_AND_SPACES[..9]),
            5 => out.write_all(&BREAK_AND_SPACES[..11]),
            6 => out.write_all(&BREAK_AND_SPACES[..13]),
            depth => {
                out.write_all(b"\n")?;
                (0..depth).try_for_each(|_| out.write_all(b"  "))
            }
        }
    }

    /// Opens an array or an object with `bracket`, one level deeper.
    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    /// Closes it with `bracket`, on a line of its own unless it is empty.
    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.break_line(out)?;
        }
        out.write_all(bracket)
    }

    /// Starts an item or a key: after a comma unless it is the first.
    fn item<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.break_line(out)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` as pretty JSON into `out`.
pub(super) fn write_pretty<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mut serializer = serde_json::Serializer::with_formatter(out, Pretty::default());
    // Output types are plain structs with string keys: serialising them into
    // memory cannot fail.
    value.serialize(&mut serializer).expect("output types serialise");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    fn values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(24, 256, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec(("[a-z\"\\\\ ]{0,6}", inner), 0..6)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    proptest! {
        #[test]
        fn writes_what_serde_json_writes_pretty(value in values()) {
            let mut ours = Vec::new();
            write_pretty(&mut ours, &value);
            prop_assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string_pretty(&value).unwrap());
        }
    }

    #[test]
    fn levels_deeper_than_the_spaces_are_indented_too() {
        let mut value = Value::from(1);
        for _ in 0..40 {
            value = Value::Array(vec![value]);
        }
        let mut ours = Vec::new();
        write_pretty(&mut ours, &value);
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string_pretty(&value).unwrap());
    }
}
