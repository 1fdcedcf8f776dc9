//! Byte tables of the legacy encodings, and the Windows-1252 upper half.
//!
//! Sources (facts only, cross-checked against each other):
//! - TCVN3 (ABC, TCVN 5712:1993 VN3): bytes 0xA0..=0xFF as in the TCVN 5712 VN1 table of
//!   XFree86 `xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c` (repository apple-open-source/macos), agreeing with
//!   `tcvn.h` of lamdao/xvnkb and the `TCVN3` list of duydev/vietnamese-conversion (`src/charsets.ts`).
//!   VN3 keeps VN1's upper half; VN1's toned capitals in 0x01..=0x17 and 0x80..=0x9F are not part of
//!   VN3, whose fonts put the Windows punctuation there, so those bytes are left to Windows-1252.
//! - VNI-Windows: `vni.h` of lamdao/xvnkb and the `VNI` list of duydev/vietnamese-conversion.
//! - Windows-1252 0x80..=0x9F: the Unicode consortium's CP1252 mapping.

/// TCVN3 bytes 0xA0..=0xFF. 0xB0..=0xB4 are the standard's combining tone marks.
pub(super) const TCVN3_HIGH: [char; 96] = [
    '\u{00A0}', '\u{0102}', '\u{00C2}', '\u{00CA}', '\u{00D4}', '\u{01A0}', '\u{01AF}',
    '\u{0110}', // A0: nbsp Ă Â Ê Ô Ơ Ư Đ
    '\u{0103}', '\u{00E2}', '\u{00EA}', '\u{00F4}', '\u{01A1}', '\u{01B0}', '\u{0111}',
    '\u{1EB0}', // A8: ă â ê ô ơ ư đ Ằ
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', '\u{00E0}', '\u{1EA3}',
    '\u{00E3}', // B0: ◌̀ ◌̉ ◌̃ ◌́ ◌̣ à ả ã
    '\u{00E1}', '\u{1EA1}', '\u{1EB2}', '\u{1EB1}', '\u{1EB3}', '\u{1EB5}', '\u{1EAF}',
    '\u{1EB4}', // B8: á ạ Ẳ ằ ẳ ẵ ắ Ẵ
    '\u{1EAE}', '\u{1EA6}', '\u{1EA8}', '\u{1EAA}', '\u{1EA4}', '\u{1EC0}', '\u{1EB7}',
    '\u{1EA7}', // C0: Ắ Ầ Ẩ Ẫ Ấ Ề ặ ầ
    '\u{1EA9}', '\u{1EAB}', '\u{1EA5}', '\u{1EAD}', '\u{00E8}', '\u{1EC2}', '\u{1EBB}',
    '\u{1EBD}', // C8: ẩ ẫ ấ ậ è Ể ẻ ẽ
    '\u{00E9}', '\u{1EB9}', '\u{1EC1}', '\u{1EC3}', '\u{1EC5}', '\u{1EBF}', '\u{1EC7}',
    '\u{00EC}', // D0: é ẹ ề ể ễ ế ệ ì
    '\u{1EC9}', '\u{1EC4}', '\u{1EBE}', '\u{1ED2}', '\u{0129}', '\u{00ED}', '\u{1ECB}',
    '\u{00F2}', // D8: ỉ Ễ Ế Ồ ĩ í ị ò
    '\u{1ED4}', '\u{1ECF}', '\u{00F5}', '\u{00F3}', '\u{1ECD}', '\u{1ED3}', '\u{1ED5}',
    '\u{1ED7}', // E0: Ổ ỏ õ ó ọ ồ ổ ỗ
    '\u{1ED1}', '\u{1ED9}', '\u{1EDD}', '\u{1EDF}', '\u{1EE1}', '\u{1EDB}', '\u{1EE3}',
    '\u{00F9}', // E8: ố ộ ờ ở ỡ ớ ợ ù
    '\u{1ED6}', '\u{1EE7}', '\u{0169}', '\u{00FA}', '\u{1EE5}', '\u{1EEB}', '\u{1EED}',
    '\u{1EEF}', // F0: Ỗ ủ ũ ú ụ ừ ử ữ
    '\u{1EE9}', '\u{1EF1}', '\u{1EF3}', '\u{1EF7}', '\u{1EF9}', '\u{00FD}', '\u{1EF5}',
    '\u{1ED0}', // F8: ứ ự ỳ ỷ ỹ ý ỵ Ố
];

/// VNI-Windows bytes 0xC0..=0xFF: a letter, or the marks that combine with the base letter before
/// the byte; empty where the byte keeps its Windows-1252 meaning.
pub(super) const VNI_HIGH: [&str; 64] = [
    "\u{302}\u{300}", // C0 À: circumflex + grave
    "\u{302}\u{301}", // C1 Á: circumflex + acute
    "\u{302}",        // C2 Â: circumflex
    "\u{302}\u{303}", // C3 Ã: circumflex + tilde
    "\u{302}\u{323}", // C4 Ä: circumflex + dot below
    "\u{302}\u{309}", // C5 Å: circumflex + hook
    "\u{1EC8}",       // C6 Æ: Ỉ
    "",               // C7 Ç: unchanged
    "\u{306}\u{300}", // C8 È: breve + grave
    "\u{306}\u{301}", // C9 É: breve + acute
    "\u{306}",        // CA Ê: breve
    "\u{306}\u{323}", // CB Ë: breve + dot below
    "\u{CC}",         // CC Ì: Ì
    "\u{CD}",         // CD Í: Í
    "\u{1EF4}",       // CE Î: Ỵ
    "\u{323}",        // CF Ï: dot below
    "",               // D0 Ð: unchanged
    "\u{110}",        // D1 Ñ: Đ
    "\u{1ECA}",       // D2 Ò: Ị
    "\u{128}",        // D3 Ó: Ĩ
    "\u{1A0}",        // D4 Ô: Ơ
    "\u{303}",        // D5 Õ: tilde
    "\u{1AF}",        // D6 Ö: Ư
    "",               // D7 ×: unchanged
    "\u{300}",        // D8 Ø: grave
    "\u{301}",        // D9 Ù: acute
    "\u{306}\u{309}", // DA Ú: breve + hook
    "\u{309}",        // DB Û: hook
    "\u{306}\u{303}", // DC Ü: breve + tilde
    "",               // DD Ý: unchanged
    "",               // DE Þ: unchanged
    "",               // DF ß: unchanged
    "\u{302}\u{300}", // E0 à: circumflex + grave
    "\u{302}\u{301}", // E1 á: circumflex + acute
    "\u{302}",        // E2 â: circumflex
    "\u{302}\u{303}", // E3 ã: circumflex + tilde
    "\u{302}\u{323}", // E4 ä: circumflex + dot below
    "\u{302}\u{309}", // E5 å: circumflex + hook
    "\u{1EC9}",       // E6 æ: ỉ
    "",               // E7 ç: unchanged
    "\u{306}\u{300}", // E8 è: breve + grave
    "\u{306}\u{301}", // E9 é: breve + acute
    "\u{306}",        // EA ê: breve
    "\u{306}\u{323}", // EB ë: breve + dot below
    "\u{EC}",         // EC ì: ì
    "\u{ED}",         // ED í: í
    "\u{1EF5}",       // EE î: ỵ
    "\u{323}",        // EF ï: dot below
    "",               // F0 ð: unchanged
    "\u{111}",        // F1 ñ: đ
    "\u{1ECB}",       // F2 ò: ị
    "\u{129}",        // F3 ó: ĩ
    "\u{1A1}",        // F4 ô: ơ
    "\u{303}",        // F5 õ: tilde
    "\u{1B0}",        // F6 ö: ư
    "",               // F7 ÷: unchanged
    "\u{300}",        // F8 ø: grave
    "\u{301}",        // F9 ù: acute
    "\u{306}\u{309}", // FA ú: breve + hook
    "\u{309}",        // FB û: hook
    "\u{306}\u{303}", // FC ü: breve + tilde
    "",               // FD ý: unchanged
    "",               // FE þ: unchanged
    "",               // FF ÿ: unchanged
];

/// Windows-1252 bytes 0x80..=0x9F; the five bytes it leaves undefined keep their C1 control.
pub(super) const CP1252_80: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];
