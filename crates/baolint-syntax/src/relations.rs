//! How the numbers of a block relate to each other: a total and its parts
//! ("12.651 ...; trong đó, cấp tỉnh 38, cấp huyện 4.403, cấp xã 8.570"), a
//! ratio and its percentage ("45/60 quần chúng, đạt 75%"), a percentage
//! stated as a share ("chiếm 12%"), and a quantity of the headline stated
//! again in the body. The recogniser says which numbers belong together and
//! how the text frames them; it never compares their values.
//!
//! ```text
//! breakdown  := total noun? filler{0..12 words} ((";" | ",")? marker | "." "Trong đó") parts
//! marker     := "trong đó" "có"? | "bao gồm" | "gồm" | ":"
//! parts      := (label? number noun?) (("," | ";" | "và") label? number noun?)*
//! ratio-pct  := ratio (words){0..6} ("đạt" | "bằng" | "chiếm" | "(" | ",") hedge? percent
//! share      := ("chiếm" | "tỷ lệ" | "tỉ lệ") words{0..3} percent
//! ```

use std::sync::OnceLock;

use memchr::memmem::Finder;

use crate::{
    Block, BlockKind, Span,
    numbers::{
        HedgeKind, NumberKind, NumberMention,
        text::{back_over_gap, match_phrase, phrase_before, skip_gap},
    },
};

/// A relation between numbers of one report; indices are into
/// `Report::numbers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation {
    Breakdown(Breakdown),
    /// A ratio and the percentage stated for it.
    RatioPercent {
        ratio: usize,
        percent: usize,
    },
    /// A percentage stated as a share of a whole, after `cue`; with the
    /// count or amount it is the share of ("11 bàn, chiếm 33%") and that
    /// whole ("... trong tổng số 36 bàn", or the total of the breakdown
    /// the part belongs to), when the text gives them.
    Share {
        percent: usize,
        cue: Span,
        part: Option<usize>,
        whole: Option<usize>,
    },
    /// A change given as its difference, its percentage and the level it
    /// reached: "tăng 2,78 điểm (+0,36%) lên 778,32 điểm", "giảm 20 xu Mỹ,
    /// tương đương 0,5%, xuống 44,54 USD".
    Change {
        direction: Direction,
        /// "tăng" or "giảm".
        verb: Span,
        difference: usize,
        percent: usize,
        level: usize,
    },
    /// What is left of a total after a part, stated with "còn lại": "thu
    /// hồi 108 khu đất ... mới thu hồi được 88 khu đất. Phần 21 khu đất còn
    /// lại ...". The three count the same thing, and no other number of
    /// that thing stands between the total and the rest.
    Remainder {
        total: usize,
        part: usize,
        rest: usize,
        /// "còn lại".
        cue: Span,
    },
    /// An amount said to be a multiple of another named after the multiple:
    /// "rót 14,6 tỷ USD ..., gấp gần 10 lần từ mức 156 triệu USD".
    Multiple {
        larger: usize,
        /// The "N lần" mention.
        multiple: usize,
        smaller: usize,
        /// "gấp".
        cue: Span,
    },
    /// The same quantity of the same thing, in the headline and in the body.
    Restatement {
        headline: usize,
        body: usize,
    },
}

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A total and the parts a marker introduces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub total: usize,
    pub parts: Vec<usize>,
    /// "trong đó", "gồm", "bao gồm" or ":".
    pub marker: Span,
    pub coverage: Coverage,
    /// The part introduced by "còn lại", if any.
    pub remainder: Option<usize>,
}

/// Whether the parts claim to cover the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// Levels or categories that together make the total ("cấp tỉnh ..., cấp
    /// huyện ..., cấp xã ..."), a list after "gồm" or a colon, or a list
    /// closed by "còn lại" or by the rest under another name ("... và chi
    /// phí khác 100 tỷ").
    Full,
    /// Some of the total ("trong đó có 46.123 lượt cán bộ lãnh đạo").
    Subset,
}

/// Words between a total and its marker, at most.
const MAX_FILLER_WORDS: usize = 12;
/// Words between a colon and the number that precedes it, at most.
const MAX_COLON_FILLER_WORDS: usize = 4;
/// Words between two parts (label and noun included), at most.
const MAX_PART_GAP_WORDS: usize = 8;
/// Words between a marker that opens a sentence and the first part, at
/// most: the first label may name the category in full ("Trong đó, chi phí
/// bồi thường giải phóng mặt bằng, tái định cư là hơn 6.400 tỷ").
const MAX_FIRST_PART_GAP_WORDS: usize = 14;
/// Words in the label of a listed part ("loại I", "cấp huyện", "nữ"), at
/// most: a longer one is a clause ("sáng đi vào bằng 2 phần").
const MAX_LABEL_WORDS: usize = 3;
/// Most words before the part that names the rest ("và các hệ thống khác
/// như trung tâm giáo dục thường xuyên, giáo dục chuyên biệt là 29").
const MAX_OTHERS_GAP_WORDS: usize = 20;
/// Words between a ratio and its percentage, at most.
const MAX_RATIO_GAP_WORDS: usize = 6;

/// Recognises every relation in the report's numbers.
// Kept out of `parse`: inlined there, it made the line scan of `parse`
// itself measurably slower (callgrind on the bench corpus).
#[inline(never)]
pub fn recognise_relations(text: &str, blocks: &[Block], numbers: &[NumberMention]) -> Vec<Relation> {
    let mut relations = Vec::new();
    let mut start = 0;
    while start < numbers.len() {
        let block = numbers[start].block;
        let end = start + numbers[start..].iter().take_while(|n| n.block == block).count();
        let span = blocks[block].span;
        let scope = Scope { text, block: span, numbers, first: start, end };
        scope.breakdowns(&mut relations);
        scope.ratio_percents(&mut relations);
        scope.shares(&mut relations);
        scope.changes(&mut relations);
        scope.remainders(&mut relations);
        scope.multiples(&mut relations);
        start = end;
    }
    restatements(text, blocks, numbers, &mut relations);
    relations
}

/// The numbers `first..end` of one block.
struct Scope<'a> {
    text: &'a str,
    block: Span,
    numbers: &'a [NumberMention],
    first: usize,
    end: usize,
}

impl Scope<'_> {
    fn between(&self, from: usize, to: usize) -> &str {
        &self.text[from.min(to)..to]
    }

    fn breakdowns(&self, out: &mut Vec<Relation>) {
        // A marker stands between a total and a part: only the text between
        // the first and the last number of the block is searched.
        if self.end - self.first < 2 {
            return;
        }
        let from = self.numbers[self.first].span.end;
        let to = self.numbers[self.end - 1].span.start;
        if from >= to {
            return;
        }
        for (at, marker) in markers(&self.text[from..to]) {
            let marker_span = Span::new(from + at, from + at + marker.len());
            if let Some(breakdown) = self.breakdown_at(marker_span, marker) {
                out.push(Relation::Breakdown(breakdown));
            }
        }
    }

    fn breakdown_at(&self, marker: Span, word: &str) -> Option<Breakdown> {
        let colon = word == ":";
        // The numbers are sorted: the last one ending before the marker is
        // found by bisection, so many markers in a long block stay cheap.
        let before_marker = self.numbers[self.first..self.end].partition_point(|n| n.span.end <= marker.start);
        let last = self.first + before_marker.checked_sub(1)?;
        // "... đạt 125.847 xe, tăng 1% so với cùng kỳ. Trong đó, ...": the
        // sentence before the marker ends with the total's change, and the
        // total stands before it.
        let sentence_marker = marker.text(self.text) == "Trong đó";
        let total_changed = sentence_marker && last > self.first && self.is_change_of(last, last - 1);
        let total = if total_changed { last - 1 } else { last };
        let total_mention = &self.numbers[total];
        if !matches!(total_mention.kind, NumberKind::Amount(_) | NumberKind::Percent(_)) || is_indefinite(total_mention)
        {
            return None;
        }
        if !reliable(total_mention) {
            return None;
        }
        let filler = self.between(total_mention.span.end, marker.start);
        let max_filler = if colon { MAX_COLON_FILLER_WORDS } else { MAX_FILLER_WORDS };
        // A ";" or ":" inside the filler starts another clause; one just
        // before the marker ("...điển hình; trong đó") does not.
        let inner = filler.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';'));
        // "... 3.100 tỷ đồng. Trong đó, ...": a sentence that opens with the
        // marker breaks down the total that ended the one before. No number
        // of the total's thing may come before it in its sentence: after a
        // list ("... Lưu nhận 26 triệu đồng. Trong đó, Duy nhận hơn 2,7 tỷ")
        // the marker breaks down the whole list, not its last item.
        let opens_sentence = sentence_marker
            && filler.trim_end().strip_suffix('.').is_some_and(|clause| !has_sentence_end(clause))
            && self.first_of_its_kind_in_sentence(total);
        // The total's noun belongs to the total, not to the words between it
        // and a word marker ("240 lao động ký hợp đồng do Giám đốc ký với
        // người lao động; trong đó ...").
        let counted = match total_mention.noun {
            Some(noun) if !colon && noun.end <= marker.start => self.between(noun.end, marker.start),
            _ => filler,
        };
        // "giảm 8,3 nghìn người so với quý IV/2016, trong đó ..." splits a
        // change, not a total; the total's own change before a sentence
        // that breaks it down does not.
        if words_up_to(counted, max_filler) > max_filler
            || (has_sentence_end(filler) && !opens_sentence)
            || (filler.contains("so với") && !(total_changed && opens_sentence))
            || filler.contains(')')
            || inner.contains([';', ':'])
            || (colon && inner.contains(','))
        {
            return None;
        }
        let after_marker = &self.text[marker.end..self.block.end];
        let subset_cue = !colon && starts_with_word(after_marker.trim_start_matches([',', ' ']), "có");
        let mut parts = Vec::new();
        let mut labels = Vec::new();
        let mut cursor = marker.end;
        for i in (total + 1)..self.end {
            let part = &self.numbers[i];
            if part.span.start < marker.end {
                continue;
            }
            let gap = self.between(cursor, part.span.start);
            // "trong đó có Việt Nam và Lào; 61 nước ...": the marker's list
            // ended without a number.
            let unnumbered = parts.is_empty() && gap.contains(';');
            // The rest under another name may take a longer label ("và các
            // hệ thống khác như trung tâm giáo dục thường xuyên là 29").
            let others = names_others(gap);
            let max_gap = if others {
                MAX_OTHERS_GAP_WORDS
            } else if parts.is_empty() && opens_sentence {
                MAX_FIRST_PART_GAP_WORDS
            } else {
                MAX_PART_GAP_WORDS
            };
            if words_up_to(gap, max_gap) > max_gap || has_sentence_end(gap) || ends_list(gap) || unnumbered {
                break;
            }
            // "74.438 xe (tăng 11%), 44.487 xe (giảm 9%) ...": a part's own
            // change in brackets is passed over, up to its ")".
            if parts.last() == Some(&(i - 1)) && self.is_change_of(i, i - 1) {
                let end = part.span.end;
                let close = self.text[end..self.block.end].find(')').filter(|&at| at <= 2);
                match close {
                    Some(at) if gap.contains('(') => {
                        cursor = end + at + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if is_indefinite(part)
                || !reliable(part)
                || !matches!(part.kind, NumberKind::Amount(_) | NumberKind::Percent(_))
            {
                break;
            }
            labels.push(label_of(gap));
            parts.push(i);
            cursor = part.noun.map_or(part.span.end, |n| n.end);
            if others {
                // The rest closes the list.
                break;
            }
        }
        if parts.is_empty() {
            return None;
        }
        let remainder = parts.iter().zip(&labels).find(|(_, label)| is_remainder_label(label)).map(|(&i, _)| i);
        // Levels or categories named the same way ("cấp tỉnh ..., cấp huyện
        // ...") claim to cover a total only after "trong đó".
        let uniform_labels = word == "trong đó" && labels.len() >= 2 && {
            let mut first_words = labels.iter().map(|l| l.split_whitespace().next());
            let first = first_words.next().flatten();
            first.is_some_and(|first| first_words.all(|w| w.is_some_and(|w| same_word_ignoring_case(w, first))))
        };
        // After "gồm" or a colon, a list covers the total when it counts the
        // same thing ("14 đô thị gồm 1 đô thị loại I, ...") or splits it into
        // shares; "13.874 m2 gồm 2.256 cây chuối" lists something else.
        let listed = (colon || word != "trong đó")
            && (parts.iter().all(|&p| matches!(self.numbers[p].kind, NumberKind::Percent(_)))
                || parts.iter().all(|&p| same_noun(self.text, total_mention, &self.numbers[p])))
            && labels.iter().all(|l| l.split_whitespace().count() <= MAX_LABEL_WORDS);
        // Parts add up to a total only when all count the same kind of
        // thing or money, named by the total's noun or the words after it
        // ("12.651 tập thể, cá nhân điển hình; trong đó, cấp tỉnh 38 điển
        // hình ..."): "26 điểm thi; trong đó ... 5.449 thí sinh" and "5
        // công ty, trong đó Công ty A 200 tỷ đồng" split something else.
        // A list whose last part is the rest under another name ("... và
        // chi phí khác 100 tỷ", "... và 55 lao động khác") claims to cover
        // the total, as one closed by "còn lại" does.
        let closed_by_others = parts.last().is_some_and(|&last| {
            let part = &self.numbers[last];
            let after = self.text[part.noun.map_or(part.span.end, |n| n.end)..self.block.end].trim_start();
            labels.last().is_some_and(|label| names_others(label)) || starts_with_word(after, "khác")
        });
        // A list closed by the rest under the total's own noun ("240 lao
        // động; trong đó 18 bác sĩ, 139 điều dưỡng ... và 55 lao động khác")
        // names kinds of the total's thing: its parts count that thing.
        let rest_of_total = closed_by_others
            && parts.last().is_some_and(|&last| same_noun(self.text, total_mention, &self.numbers[last]));
        let additive =
            matches!(noun_class(self.text, total_mention), NounClass::Count | NounClass::Money | NounClass::Bare)
                && parts.iter().all(|&p| {
                    let part = &self.numbers[p];
                    let class = noun_class(self.text, part);
                    matches!(class, NounClass::Count | NounClass::Money | NounClass::Bare)
                        && (part.noun.is_none()
                            || total_mention.noun.is_none()
                            || rest_of_total
                            || same_noun(self.text, total_mention, part)
                            || part.noun.is_some_and(|n| filler.contains(n.text(self.text))))
                });
        // "trong đó có" names some of the total, unless the list ends with
        // the rest of it ("... và 55 lao động khác").
        let full = (!subset_cue || rest_of_total)
            && additive
            && parts.len() >= 2
            && (listed || uniform_labels || remainder.is_some() || closed_by_others);
        let coverage = if full { Coverage::Full } else { Coverage::Subset };
        Some(Breakdown { total, parts, marker, coverage, remainder })
    }

    fn ratio_percents(&self, out: &mut Vec<Relation>) {
        for i in self.first..self.end {
            if !matches!(self.numbers[i].kind, NumberKind::Ratio(..)) {
                continue;
            }
            let Some(next) = (i + 1 < self.end).then_some(i + 1) else { continue };
            let percent = &self.numbers[next];
            if !matches!(percent.kind, NumberKind::Percent(_)) || !reliable(percent) || !reliable(&self.numbers[i]) {
                continue;
            }
            let gap = self.between(self.numbers[i].span.end, percent.span.start);
            let cued = ["đạt", "bằng", "chiếm", "(", ","].iter().any(|cue| gap.contains(cue));
            if words_up_to(gap, MAX_RATIO_GAP_WORDS) <= MAX_RATIO_GAP_WORDS && cued && !has_sentence_end(gap) {
                out.push(Relation::RatioPercent { ratio: i, percent: next });
            }
        }
    }

    /// The count or amount right before the share at `percent`, joined to
    /// it by "chiếm" ("11 bàn, chiếm 33%") or by "tương đương" ("3.529.400
    /// phiếu, tương đương 51,39%"), the `joint` given.
    fn share_part(&self, percent: usize, joint: &str) -> Option<usize> {
        let part = percent.checked_sub(1).filter(|&p| p >= self.first)?;
        let mention = &self.numbers[part];
        if !matches!(mention.kind, NumberKind::Amount(_)) || !reliable(mention) || is_indefinite(mention) {
            return None;
        }
        let gap = self.between(mention.noun.map_or(mention.span.end, |n| n.end), self.numbers[percent].span.start);
        let joined = words_up_to(gap, MAX_SHARE_PART_GAP_WORDS) <= MAX_SHARE_PART_GAP_WORDS
            && !has_sentence_end(gap)
            && !gap.contains([';', '(', ')'])
            && crate::vietnamese::lower_case(gap).contains(joint);
        joined.then_some(part)
    }

    /// The whole of the share at `percent` whose part is `part`: a total
    /// named right after it ("chiếm 33% trong tổng số 36 bàn"), else the
    /// total of a breakdown of this block that lists the part ("23.323 cơ
    /// sở, trong đó ... 18.416 cơ sở, chiếm tỷ lệ 82,4%"). Either must
    /// count the part's thing.
    fn share_whole(&self, percent: usize, part: usize, found: &[Relation]) -> Option<usize> {
        let same_thing = |whole: usize| {
            let (w, p) = (&self.numbers[whole], &self.numbers[part]);
            matches!(w.kind, NumberKind::Amount(_))
                && reliable(w)
                && !is_indefinite(w)
                && w.noun.is_some()
                && same_noun(self.text, w, p)
        };
        let after = (percent + 1 < self.end).then_some(percent + 1).filter(|&next| {
            let gap = self.between(self.numbers[percent].span.end, self.numbers[next].span.start);
            words_up_to(gap, MAX_SHARE_WHOLE_GAP_WORDS) <= MAX_SHARE_WHOLE_GAP_WORDS
                && !has_sentence_end(gap)
                && crate::vietnamese::lower_case(gap).contains("tổng")
        });
        if let Some(whole) = after {
            return same_thing(whole).then_some(whole);
        }
        // "trong tổng số 6.743.329 phiếu bầu, CPP giành được 3.529.400
        // phiếu, tương đương 51,39%": the whole named before the part, in
        // its sentence.
        let before = part.checked_sub(1).filter(|&w| w >= self.first).filter(|&w| {
            let whole = &self.numbers[w];
            let gap = self.between(whole.span.end, self.numbers[part].span.start);
            let named = ["tổng số", "tổng cộng", "danh sách"]
                .iter()
                .any(|phrase| phrase_before(self.text, back_over_gap(self.text, whole.span.start), phrase).is_some());
            named
                && words_up_to(gap, MAX_SHARE_WHOLE_BEFORE_WORDS) <= MAX_SHARE_WHOLE_BEFORE_WORDS
                && !has_sentence_end(gap)
        });
        if let Some(whole) = before {
            return same_thing(whole).then_some(whole);
        }
        found.iter().rev().find_map(|relation| match relation {
            Relation::Breakdown(b) if b.parts.contains(&part) && same_thing(b.total) => Some(b.total),
            _ => None,
        })
    }

    fn shares(&self, out: &mut Vec<Relation>) {
        for i in self.first..self.end {
            if !matches!(self.numbers[i].kind, NumberKind::Percent(_)) || !reliable(&self.numbers[i]) {
                continue;
            }
            let number_start = self.numbers[i].span.start;
            let previous_end = if i > self.first { self.numbers[i - 1].span.end } else { self.block.start };
            let before = self.between(previous_end, number_start);
            // The cue must be among the last few words before the number.
            let window_start = before
                .char_indices()
                .rev()
                .filter(|&(_, c)| c.is_whitespace())
                .nth(MAX_SHARE_CUE_WORDS)
                .map_or(0, |(at, _)| at);
            let window = &before[window_start..];
            // Every cue holds "hiếm" or "lệ": one cheap test before the
            // exact search.
            let bytes = window.as_bytes();
            let maybe = |finder: &Finder<'_>| finder.find(bytes).is_some();
            static CUE_PARTS: OnceLock<[Finder<'static>; 3]> = OnceLock::new();
            let [hiem, le, duong] =
                CUE_PARTS.get_or_init(|| [Finder::new("hiếm"), Finder::new("lệ"), Finder::new("đương")]);
            let equivalent = maybe(duong);
            if !maybe(hiem) && !maybe(le) && !equivalent {
                continue;
            }
            let cue = SHARE_CUES.iter().filter_map(|cue| window.rfind(cue).map(|at| (at, cue.len()))).max();
            if let Some((at, len)) = cue {
                let start = previous_end + window_start + at;
                let part = self.share_part(i, "chiếm");
                let whole = part.and_then(|part| self.share_whole(i, part, out));
                out.push(Relation::Share { percent: i, cue: Span::new(start, start + len), part, whole });
            } else if equivalent && let Some(at) = window.rfind("tương đương") {
                // "X, tương đương Y%" is a share only when the text names
                // the whole X is part of; else it restates a change or a
                // figure in other terms.
                let start = previous_end + window_start + at;
                let part = self.share_part(i, "tương đương");
                if let Some(part) = part
                    && let Some(whole) = self.share_whole(i, part, out)
                {
                    let cue = Span::new(start, start + "tương đương".len());
                    out.push(Relation::Share { percent: i, cue, part: Some(part), whole: Some(whole) });
                }
            }
        }
    }
}

impl Scope<'_> {
    /// "tăng|giảm D (±X%) lên|xuống L", "tăng|giảm D, tương đương X%, lên|
    /// xuống mức L": a difference, its percentage and the level reached,
    /// three numbers in a row with nothing but these words between them.
    fn changes(&self, out: &mut Vec<Relation>) {
        for percent in (self.first + 1)..self.end.saturating_sub(1) {
            if !matches!(self.numbers[percent].kind, NumberKind::Percent(_)) {
                continue;
            }
            let (difference, level) = (percent - 1, percent + 1);
            let plain = |i: usize| {
                let n = &self.numbers[i];
                matches!(n.kind, NumberKind::Amount(_)) && n.hedge.is_none() && reliable(n)
            };
            if !plain(difference)
                || !plain(level)
                || self.numbers[percent].hedge.is_some()
                || !reliable(&self.numbers[percent])
            {
                continue;
            }
            let (d, p, l) = (&self.numbers[difference], &self.numbers[percent], &self.numbers[level]);
            let Some(bracketed) = percent_opening(self.between(d.noun.map_or(d.span.end, |n| n.end), p.span.start))
            else {
                continue;
            };
            let Some(towards) = level_opening(self.between(p.span.end, l.span.start), bracketed) else { continue };
            let verb_end = back_over_gap(self.text, d.span.start);
            let verb = CHANGE_VERBS
                .iter()
                .copied()
                .find_map(|(word, direction)| phrase_before(self.text, verb_end, word).map(|at| (at, direction)));
            let Some((verb_start, direction)) = verb else { continue };
            if towards.is_some_and(|towards| towards != direction) {
                continue;
            }
            let verb = Span::new(verb_start, verb_end);
            out.push(Relation::Change { direction, verb, difference, percent, level });
        }
    }
}

/// The verbs of a change, longest first.
const CHANGE_VERBS: &[(&str, Direction)] =
    &[("tăng thêm", Direction::Up), ("giảm thêm", Direction::Down), ("tăng", Direction::Up), ("giảm", Direction::Down)];
impl Scope<'_> {
    /// "A X ... B X ... C X còn lại" or "... còn lại C X": see
    /// [`Relation::Remainder`]. The total and the part are the two nearest
    /// numbers before the rest that count its thing, within
    /// [`MAX_REMAINDER_WORDS`] words and one sentence break; a third such
    /// number in reach makes the reading unsure, and none is kept.
    fn remainders(&self, out: &mut Vec<Relation>) {
        // A rest comes after a total and a part: from the third number of
        // a block on, a number is a candidate when "còn lại" may follow its
        // noun or precede it. Two byte tests say so for most numbers (a
        // substring search over the text costs more: Vietnamese letters
        // defeat its rare-byte filter).
        if self.end - self.first < 3 {
            return;
        }
        let bytes = self.text.as_bytes();
        let candidates = (self.first + 2..self.end).filter(|&i| {
            let n = &self.numbers[i];
            let after = skip_gap(self.text, n.noun.map_or(n.span.end, |noun| noun.end));
            let before = back_over_gap(self.text, n.span.start);
            matches!(bytes.get(after), Some(b'c' | b'C')) || self.text[..before].ends_with("lại")
        });
        for rest in candidates {
            let mention = &self.numbers[rest];
            if !matches!(mention.kind, NumberKind::Amount(_)) || !reliable(mention) || mention.noun.is_none() {
                continue;
            }
            let Some(cue) = self.remainder_cue(mention) else { continue };
            if !matches!(noun_class(self.text, mention), NounClass::Count | NounClass::Money) {
                continue;
            }
            // A rest listed in a breakdown is that breakdown's business.
            if out.iter().any(|r| matches!(r, Relation::Breakdown(b) if b.parts.contains(&rest) || b.total == rest)) {
                continue;
            }
            let mut same = Vec::with_capacity(3);
            for earlier in (self.first..rest).rev() {
                let n = &self.numbers[earlier];
                let gap = self.between(n.span.end, mention.span.start);
                if words_up_to(gap, MAX_REMAINDER_WORDS) > MAX_REMAINDER_WORDS || sentence_ends(gap) > 1 {
                    break;
                }
                if same_noun(self.text, n, mention) {
                    same.push(earlier);
                    if same.len() == 3 {
                        break;
                    }
                }
            }
            let [part, total] = same[..] else { continue };
            // "324 ý kiến khác ... và 104 ý kiến còn lại", "8 đội còn lại":
            // a list of kinds, or a rest of something else, not a total and
            // what was taken from it.
            let usable = |i: usize| {
                let n = &self.numbers[i];
                let after = skip_gap(self.text, n.noun.map_or(n.span.end, |noun| noun.end));
                let noun_says_other = n.noun.is_some_and(|noun| names_others(noun.text(self.text)));
                matches!(n.kind, NumberKind::Amount(_))
                    && reliable(n)
                    && !is_indefinite(n)
                    && !noun_says_other
                    && match_phrase(self.text, after, "khác").is_none()
                    && match_phrase(self.text, after, "còn lại").is_none()
            };
            if usable(part) && usable(total) {
                out.push(Relation::Remainder { total, part, rest, cue });
            }
        }
    }

    /// "còn lại" right after the number's noun ("21 khu đất còn lại") or
    /// right before the number ("còn lại 20 tỷ", "Còn lại khoảng 47.000
    /// tỷ").
    fn remainder_cue(&self, mention: &NumberMention) -> Option<Span> {
        let noun_end = mention.noun.map_or(mention.span.end, |n| n.end);
        let after = skip_gap(self.text, noun_end);
        if let Some(end) = match_phrase(self.text, after, "còn lại")
            && end <= self.block.end
        {
            return Some(Span::new(after, end));
        }
        let start = phrase_before(self.text, back_over_gap(self.text, mention.span.start), "còn lại")?;
        // Before the number it must open a clause ("..., còn lại 20 tỷ",
        // "Còn lại khoảng 47.000 tỷ"): "bảng còn lại 6 đội" names the other
        // group, not what is left.
        let before = back_over_gap(self.text, start);
        let opens = before <= self.block.start
            || matches!(self.text[..before].chars().next_back(), Some(',' | ';' | ':' | '.' | '(' | '-' | '–'))
            || phrase_before(self.text, before, "và").is_some();
        (start >= self.block.start && opens).then(|| Span::new(start, start + "còn lại".len()))
    }
}

impl Scope<'_> {
    /// "A ... gấp [gần|hơn] N lần [so với|từ] [mức] [chỉ] B": see
    /// [`Relation::Multiple`]. A is the nearest number before "gấp" in its
    /// clause that counts B's thing; B comes right after "lần".
    fn multiples(&self, out: &mut Vec<Relation>) {
        for multiple in (self.first + 1)..self.end.saturating_sub(1) {
            let m = &self.numbers[multiple];
            let Some(noun) = m.noun else { continue };
            // A byte comparison: this runs for every number with a noun.
            let times = noun.text(self.text);
            if !(times == "lần" || times.starts_with("lần ")) || !matches!(m.kind, NumberKind::Amount(_)) {
                continue;
            }
            let Some(cue_start) = phrase_before(self.text, back_over_gap(self.text, m.span.start), "gấp") else {
                continue;
            };
            let smaller = multiple + 1;
            let b = &self.numbers[smaller];
            let mut between = self.between(noun.end, b.span.start).trim();
            for word in ["so với", "từ", "mức", "chỉ", "con số"] {
                between = between.strip_prefix(word).map_or(between, str::trim_start);
            }
            if !between.is_empty() {
                continue;
            }
            let larger = (self.first..multiple).rev().take_while(|&i| {
                let gap = self.between(self.numbers[i].span.end, cue_start);
                words_up_to(gap, MAX_MULTIPLE_WORDS) <= MAX_MULTIPLE_WORDS
                    && !has_sentence_end(gap)
                    && !gap.contains(';')
            });
            let larger = larger.into_iter().find(|&i| same_noun(self.text, &self.numbers[i], b));
            let usable = |i: usize| {
                let n = &self.numbers[i];
                matches!(n.kind, NumberKind::Amount(_))
                    && reliable(n)
                    && !is_indefinite(n)
                    && matches!(noun_class(self.text, n), NounClass::Count | NounClass::Money)
            };
            if let Some(larger) = larger
                && usable(larger)
                && usable(smaller)
            {
                let cue = Span::new(cue_start, cue_start + "gấp".len());
                out.push(Relation::Multiple { larger, multiple, smaller, cue });
            }
        }
    }
}

/// Words between the larger amount of a multiple and its "gấp", at most.
const MAX_MULTIPLE_WORDS: usize = 20;

/// Words between the total of a remainder and its rest, at most.
const MAX_REMAINDER_WORDS: usize = 40;

/// How many sentences end inside `gap`.
fn sentence_ends(gap: &str) -> usize {
    let bytes = gap.as_bytes();
    bytes.windows(2).filter(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace()).count()
}

impl Scope<'_> {
    /// No number before `index` in its sentence counts the same thing.
    fn first_of_its_kind_in_sentence(&self, index: usize) -> bool {
        let mention = &self.numbers[index];
        for earlier in (self.first..index).rev() {
            let n = &self.numbers[earlier];
            // The gap to the next number only: each stretch is read once.
            if has_sentence_end(self.between(n.span.end, self.numbers[earlier + 1].span.start)) {
                return true;
            }
            if same_noun(self.text, n, mention) || (n.noun.is_none() && mention.noun.is_none()) {
                return false;
            }
        }
        true
    }

    /// Whether the number at `percent` is a percentage right after "tăng" or
    /// "giảm" that follows the amount at `amount` in the same sentence,
    /// within a few words: the change of that amount ("125.847 xe, tăng 1%
    /// so với cùng kỳ", "74.438 xe (tăng 11%)").
    fn is_change_of(&self, percent: usize, amount: usize) -> bool {
        let (p, a) = (&self.numbers[percent], &self.numbers[amount]);
        if !matches!(p.kind, NumberKind::Percent(_)) || !matches!(a.kind, NumberKind::Amount(_)) {
            return false;
        }
        let verb_end = back_over_gap(self.text, p.span.start);
        let verb = CHANGE_VERBS.iter().find_map(|(word, _)| phrase_before(self.text, verb_end, word));
        verb.is_some_and(|start| {
            let gap = self.between(a.noun.map_or(a.span.end, |n| n.end), start);
            words_up_to(gap, MAX_CHANGE_GAP_WORDS) <= MAX_CHANGE_GAP_WORDS
                && !has_sentence_end(gap)
                && !gap.contains(';')
        })
    }
}

/// Words between an amount and the "tăng"/"giảm" of its change, at most.
const MAX_CHANGE_GAP_WORDS: usize = 2;

/// Words that may stand before the percentage of a change.
const CHANGE_PERCENT_CUES: &[&str] = &["tương đương", "tức là", "tức", "hay"];

/// Whether the words between a difference (after its noun) and its
/// percentage are those of a change, "(", "(+", "(tương đương ", ", tương
/// đương ", ", hay ", ", tức ", with at most a unit's tail before them
/// ("xu Mỹ", "cent/pound"); `Some(true)` when the percentage is bracketed.
fn percent_opening(gap: &str) -> Option<bool> {
    let mut rest = gap.trim_start();
    if let Some(tail) = rest.strip_prefix('/') {
        rest = tail.trim_start_matches(|c: char| c.is_alphanumeric());
    } else if let Some(tail) = rest.strip_prefix("Mỹ") {
        rest = tail;
    }
    let rest = rest.trim_start();
    let (bracketed, rest) = match rest.strip_prefix('(') {
        Some(tail) => (true, tail),
        None => (false, rest.strip_prefix(',')?),
    };
    let rest = rest.trim_start();
    // ", 0,5%" without a cue lists another figure.
    let rest = match CHANGE_PERCENT_CUES.iter().find_map(|cue| rest.strip_prefix(cue)) {
        Some(tail) => tail.trim_start(),
        None if bracketed => rest,
        None => return None,
    };
    let rest = rest.trim_start_matches(['+', '-', '−', '–']).trim_start();
    rest.is_empty().then_some(bracketed)
}

/// Whether the words between a percentage and a level are "lên", "xuống",
/// "về", maybe with "mức" or "còn", after the ")" that closes a bracketed
/// percentage or a ","; with the direction "lên" and "xuống" give.
fn level_opening(gap: &str, bracketed: bool) -> Option<Option<Direction>> {
    let mut rest = gap.trim_start();
    if bracketed {
        rest = rest.strip_prefix(')')?.trim_start();
    }
    rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let (direction, rest) = [("lên", Some(Direction::Up)), ("xuống", Some(Direction::Down)), ("về", None)]
        .into_iter()
        .find_map(|(word, direction)| rest.strip_prefix(word).map(|tail| (direction, tail)))?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let mut rest = rest.trim_start();
    for word in ["mức", "còn"] {
        if let Some(tail) = rest.strip_prefix(word)
            && tail.starts_with(char::is_whitespace)
        {
            rest = tail.trim_start();
        }
    }
    rest.is_empty().then_some(direction)
}

/// Words that frame a percentage as a share of a whole, as written.
const SHARE_CUES: &[&str] = &["chiếm", "Chiếm", "tỷ lệ", "Tỷ lệ", "tỉ lệ", "Tỉ lệ"];
/// Words between a part and the "chiếm" of its share, at most ("18.416 cơ
/// sở, chiếm tỷ lệ 82,4%").
const MAX_SHARE_PART_GAP_WORDS: usize = 4;
/// Words between a share and the whole it names after it ("33% trong tổng
/// số 36 bàn"), at most.
const MAX_SHARE_WHOLE_GAP_WORDS: usize = 4;
/// Words between a whole named before its part ("trong tổng số 6.743.329
/// phiếu bầu, CPP đã giành được 3.529.400") and the part, at most.
const MAX_SHARE_WHOLE_BEFORE_WORDS: usize = 10;
/// Words between a share cue and its percentage, at most.
const MAX_SHARE_CUE_WORDS: usize = 4;

/// What the noun after a number says the number measures; only counts and
/// sums of money add up, and only when they count the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounClass {
    /// Things or people counted: "12.651 tập thể", "22 người".
    Count,
    /// An amount of money in a currency: "6,5 tỷ đồng", "130 triệu euro".
    Money,
    /// A length, mass, area, volume or speed: parts of a measure are often
    /// other dimensions ("cao 1,46 mét ... dài 5,43 mét").
    Measure,
    /// A property of one thing, not an amount of many: ages, scores, times
    /// and multiples ("77 tuổi", "5 điểm", "79 lần", "phút 90").
    Attribute,
    /// A capitalised word: a model or a name ("8 Series", "5 Công ty ...").
    Name,
    /// No noun.
    Bare,
}

/// The class of the noun after `mention`; see [`NounClass`].
pub fn noun_class(text: &str, mention: &NumberMention) -> NounClass {
    const MONEY: &[&str] = &[
        "đồng",
        "usd",
        "đô",
        "euro",
        "eur",
        "bảng",
        "yên",
        "tệ",
        "ndt",
        "nhân dân tệ",
        "won",
        "rúp",
        "bath",
        "baht",
        "franc",
        "ringgit",
        "rupee",
        "peso",
        "real",
        "vnd",
        "vnđ",
        "đôla",
        "$",
    ];
    const MEASURE: &[&str] = &[
        "m",
        "mét",
        "km",
        "cm",
        "mm",
        "dặm",
        "inch",
        "ha",
        "héc-ta",
        "hecta",
        "m2",
        "m3",
        "km2",
        "g",
        "gr",
        "gam",
        "kg",
        "tấn",
        "tạ",
        "yến",
        "lạng",
        "ml",
        "lít",
        "l",
        "cc",
        "mw",
        "kw",
        "kwh",
        "w",
        "km/h",
        "hải lý",
        "sào",
        "mẫu",
        "thước",
        "feet",
        "ft",
        "pound",
        "lbs",
        "ounce",
        "oz",
        "độ",
        "°c",
    ];
    const ATTRIBUTE: &[&str] = &[
        "tuổi",
        "điểm",
        "lần",
        "phút",
        "giây",
        "giờ",
        "ngày",
        "tháng",
        "năm",
        "tuần",
        "bàn/trận",
        "điểm/trận",
        "sao",
        "hạng",
        "thứ",
        "bậc",
        "cấp",
        "tầng",
    ];
    let Some(noun) = mention.noun else { return NounClass::Bare };
    let written = noun.text(text);
    let Some(head) = written.split_whitespace().next() else { return NounClass::Bare };
    if head.chars().next().is_some_and(char::is_uppercase) && !head.chars().all(|c| c.is_uppercase()) {
        return NounClass::Name;
    }
    let lower = crate::vietnamese::lower_case(head);
    let is = |list: &[&str]| list.iter().any(|w| *w == lower);
    if is(MONEY) {
        NounClass::Money
    } else if is(MEASURE) {
        NounClass::Measure
    } else if is(ATTRIBUTE) {
        NounClass::Attribute
    } else {
        NounClass::Count
    }
}

/// Both name a counted noun and the nouns start with the same word.
pub fn same_noun(text: &str, a: &NumberMention, b: &NumberMention) -> bool {
    let head = |m: &NumberMention| m.noun.and_then(|n| n.text(text).split_whitespace().next());
    matches!((head(a), head(b)), (Some(x), Some(y)) if same_word_ignoring_case(x, y))
}

/// Compared without allocating when the words are written alike (this
/// runs for every part of a breakdown); "hoà" and "hòa" are the same word.
fn same_word_ignoring_case(a: &str, b: &str) -> bool {
    let same = |a: &str, b: &str| a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase));
    a == b || same(a, b) || same(&crate::placement_key(a), &crate::placement_key(b))
}

/// Digits grouped the Vietnamese way: a value read from "5.5 inch" or
/// "12.8%" is not what the writer meant, so it takes part in no relation.
fn reliable(mention: &NumberMention) -> bool {
    let values: &[&crate::numbers::Value] = match &mention.kind {
        NumberKind::Amount(v) | NumberKind::Percent(v) => &[v],
        NumberKind::Ratio(a, b) | NumberKind::Range(a, b) => &[a, b],
    };
    values.iter().all(|v| matches!(v.grouping, crate::numbers::Grouping::None | crate::numbers::Grouping::Thousands))
}

fn is_indefinite(mention: &NumberMention) -> bool {
    mention.hedge.is_some_and(|h| h.kind == HedgeKind::Indefinite)
}

/// Breakdown markers in `region`: "trong đó", "bao gồm", "gồm" (not inside
/// "bao gồm") and a listing ":" (followed by white space), as whole words,
/// with their byte offsets, in order. Found with memchr's substring search:
/// one pass per marker word.
fn markers(region: &str) -> Vec<(usize, &'static str)> {
    let bytes = region.as_bytes();
    let whole = |at: usize, len: usize| {
        !region[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && !region[at + len..].chars().next().is_some_and(char::is_alphanumeric)
    };
    static FINDERS: OnceLock<[Finder<'static>; 2]> = OnceLock::new();
    let [do_finder, gom_finder] = FINDERS.get_or_init(|| [Finder::new("đó"), Finder::new("gồm")]);
    let mut found = Vec::new();
    for at in do_finder.find_iter(bytes) {
        let start = ["trong ", "Trong "].iter().find_map(|w| region[..at].strip_suffix(w)).map(str::len);
        if let Some(start) = start
            && whole(start, at + "đó".len() - start)
        {
            found.push((start, "trong đó"));
        }
    }
    for at in gom_finder.find_iter(bytes) {
        if !whole(at, "gồm".len()) {
            continue;
        }
        match region[..at].strip_suffix("bao ") {
            Some(head) if whole(head.len(), "bao gồm".len()) => found.push((head.len(), "bao gồm")),
            _ => found.push((at, "gồm")),
        }
    }
    // "1:8" and "10:7" are ratios and scores, not a list: a listing colon
    // is followed by white space.
    found.extend(
        memchr::memchr_iter(b':', bytes)
            .filter(|&at| region[at + 1..].starts_with([' ', '\u{a0}']))
            .map(|at| (at, ":")),
    );
    found.sort_unstable();
    found
}

/// The words between two numbers close the list: a bracket the list was
/// inside ("(gồm 77 chiếc ..., 2 chiếc ...), 101 chiếc"), or a clause of
/// contrast or addition ("..., trong khi hơn 309.000 người", "cùng với 59
/// người khác").
fn ends_list(gap: &str) -> bool {
    gap.contains(')') && !gap.contains('(')
        || ["trong khi", "cùng với", "nhưng", "ngoài ra"].iter().any(|w| gap.contains(w))
}

/// A sentence ends inside `gap`: ".", "!" or "?" followed by white space.
fn has_sentence_end(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    bytes.windows(2).any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace())
        || gap.trim_end().ends_with(['.', '!', '?'])
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word).is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
}

/// "còn lại" in a label, in either case of its first letter.
/// The words before a part name the rest of the total under another name:
/// "khác" ("other") among them ("chi phí khác", "các hệ thống khác như").
fn names_others(gap: &str) -> bool {
    // Most gaps have no "khác" at all: one substring search answers them.
    gap.contains("khác") && gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':')).any(|w| w == "khác")
}

fn is_remainder_label(label: &str) -> bool {
    label.contains("còn lại") || label.contains("Còn lại")
}

/// The label of a part: the words of the gap before it, without list
/// punctuation and conjunctions ("cấp huyện", "còn lại", "nữ").
fn label_of(gap: &str) -> &str {
    let trimmed = gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    trimmed.strip_prefix("và ").unwrap_or(trimmed).trim()
}

/// The same quantity in the headline and the body: an amount with the same
/// word before it (hedges aside), the same noun and the same words after
/// the noun, as in "có 25.525 mô hình điển hình trong" and "đã có 25.525 mô
/// hình điển hình trong". A shared noun alone is not enough: "mất 30.000
/// việc làm trong ngành tài chính" and "mất 10.000 việc làm trong lĩnh vực
/// ngân hàng" are different quantities.
fn restatements(text: &str, blocks: &[Block], numbers: &[NumberMention], out: &mut Vec<Relation>) {
    let in_headline = |n: &NumberMention| blocks[n.block].kind == BlockKind::Headline;
    let heads: Vec<(usize, QuantityKey)> = numbers
        .iter()
        .enumerate()
        .filter(|(_, n)| in_headline(n))
        .filter_map(|(i, n)| quantity_key(text, blocks, n).map(|k| (i, k)))
        .collect();
    if heads.is_empty() {
        return;
    }
    for (b, body) in numbers.iter().enumerate().filter(|(_, n)| blocks[n.block].kind.is_body()) {
        // Most body numbers count something else: compare the nouns first,
        // without allocating, and build the full key only on a match.
        let Some(noun) = body.noun.map(|n| crate::placement_key(n.text(text))) else { continue };
        if !heads.iter().any(|(_, head)| same_text_ignoring_case(&head.noun, &noun)) {
            continue;
        }
        let Some(key) = quantity_key(text, blocks, body) else { continue };
        for (h, head) in &heads {
            if head.matches(&key) {
                out.push(Relation::Restatement { headline: *h, body: b });
            }
        }
    }
}

/// `lower` is `text` in lower case; `text` is already respelled with
/// [`crate::placement_key`].
fn same_text_ignoring_case(lower: &str, text: &str) -> bool {
    lower.chars().eq(text.chars().flat_map(char::to_lowercase))
}

/// Words after the noun that must agree for two mentions to be the same
/// quantity.
const CONTEXT_WORDS: usize = 3;

#[derive(Debug, PartialEq, Eq)]
struct QuantityKey {
    before: String,
    noun: String,
    after: Vec<String>,
}

impl QuantityKey {
    /// The headline's key matches a body key when the word before, the noun
    /// and at least two following words agree.
    fn matches(&self, body: &QuantityKey) -> bool {
        self.before == body.before
            && self.noun == body.noun
            && self.after.len() >= 2
            && body.after.len() >= self.after.len()
            && self.after.iter().zip(&body.after).all(|(a, b)| a == b)
    }
}

/// The last word of `text`, lower-cased and without punctuation; found
/// from the end, so a long paragraph costs no more than a short one.
fn previous_word(text: &str) -> Option<String> {
    let word = text.trim_end().rsplit(char::is_whitespace).next()?;
    let word = crate::placement_key(word.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase();
    (!word.is_empty()).then_some(word)
}

/// At most `limit + 1` words of `text`: callers compare with small limits.
///
/// Counted on bytes: ASCII decides most characters, and only the lead bytes
/// that can start a Unicode space (C2 for the no-break space, E1, E2, E3) are
/// decoded. The same count as `split_whitespace`, at a fraction of the cost.
fn words_up_to(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = match b {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => (true, 1),
            0..=0x7F => (false, 1),
            0xC2 | 0xE1..=0xE3 => match text[i..].chars().next() {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            },
            _ => (false, 1),
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > limit {
                return words;
            }
        }
        i += len;
    }
    words
}

fn quantity_key(text: &str, blocks: &[Block], mention: &NumberMention) -> Option<QuantityKey> {
    if !matches!(mention.kind, NumberKind::Amount(_)) || is_indefinite(mention) || !reliable(mention) {
        return None;
    }
    let noun_span = mention.noun?;
    let block = blocks[mention.block].span;
    let before = previous_word(&text[block.start..mention.span.start])?;
    let after: Vec<String> = text[noun_span.end..block.end]
        .split_whitespace()
        .take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .take(CONTEXT_WORDS)
        .map(|w| crate::placement_key(w.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase())
        .collect();
    Some(QuantityKey { before, noun: crate::placement_key(noun_span.text(text)).to_lowercase(), after })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::words_up_to;

    fn relations_of(body: &str) -> String {
        let text = format!("Tiêu đề của bài\n\n{body}\n");
        crate::relations_outline(&text, &crate::parse(&text))
    }

    #[test]
    fn a_sentence_opening_with_trong_do_breaks_down_the_total_before_it() {
        assert_eq!(
            relations_of(
                "Dự án có tổng vốn 3.100 tỷ đồng. Trong đó, vốn ngân sách 820 tỷ đồng, vốn vay 2.280 tỷ đồng."
            ),
            "breakdown full \"Trong đó\" total \"3.100 tỷ\" parts \"820 tỷ\" + \"2.280 tỷ\"\n"
        );
    }

    #[test]
    fn a_totals_change_and_the_parts_changes_are_passed_over() {
        assert_eq!(
            relations_of(
                "Trong 6 tháng, hãng bán 2.584 xe, tăng 4% so với cùng kỳ. Trong đó, xe du lịch đạt 1.520 xe (tăng 9%), xe tải đạt 873 xe (giảm 2%) và xe khách đạt 236 xe."
            ),
            "breakdown full \"Trong đó\" total \"2.584\" parts \"1.520\" + \"873\" + \"236\"\n"
        );
    }

    #[test]
    fn the_last_item_of_a_list_is_not_the_total_of_the_next_sentence() {
        assert_eq!(
            relations_of("Ông A nhận 300 triệu đồng, ông B nhận 26 triệu đồng. Trong đó, ông A nhận 300 triệu đồng."),
            ""
        );
    }

    #[test]
    fn a_change_is_its_difference_percentage_and_level_in_a_row() {
        assert_eq!(
            relations_of(
                "VN-Index tăng 2,78 điểm (+0,36%) lên 778,32 điểm; giá dầu giảm 20 xu Mỹ, tương đương 0,5%, xuống mức 44,54 USD."
            ),
            "change up \"tăng\" \"2,78\" \"0,36%\" to \"778,32\"\nchange down \"giảm\" \"20\" \"0,5%\" to \"44,54\"\n"
        );
        // A listed figure, a verb that goes the other way, no verb at all.
        assert_eq!(
            relations_of(
                "Giá vàng tăng 13 USD, 1,1% lên 1.230 USD; giá bạc giảm 2 USD (1%) lên 200 USD; chỉ số đạt 5 điểm (1%) lên 500 điểm."
            ),
            ""
        );
    }

    #[test]
    fn a_remainder_is_the_rest_after_a_total_and_one_part() {
        assert_eq!(
            relations_of(
                "Thành phố thu hồi 108 khu đất, mới tiếp nhận 88 khu đất. Phần 21 khu đất còn lại đang xử lý."
            ),
            "remainder \"còn lại\" total \"108\" part \"88\" rest \"21\"\n"
        );
        // Three kinds in a list, and the other of two groups, are no rest.
        assert_eq!(
            relations_of(
                "Có 386 ý kiến tăng, 324 ý kiến khác giảm và 104 ý kiến còn lại đi ngang; một bảng 5 đội và bảng còn lại 6 đội."
            ),
            ""
        );
    }

    #[test]
    fn a_multiple_names_the_smaller_amount_right_after_it() {
        assert_eq!(
            relations_of("Các công ty rót 14,6 tỷ USD, gấp gần 10 lần từ mức chỉ 156 triệu USD năm 2005."),
            "multiple \"gấp\" \"14,6 tỷ\" is \"gần 10\" times \"156 triệu\"\n"
        );
        // The other figure is not given ("gấp đôi với vốn chủ sở hữu").
        assert_eq!(relations_of("Nợ tăng lên 36.113 tỷ đồng, gấp 2 lần vốn chủ sở hữu năm 2016."), "");
    }

    #[test]
    fn the_totals_noun_is_not_counted_among_the_words_before_the_marker() {
        assert_eq!(
            relations_of(
                "Có 240 lao động ký hợp đồng do Giám đốc ký với người lao động; trong đó có 18 bác sĩ, 167 điều dưỡng và 55 lao động khác."
            ),
            "breakdown full \"trong đó\" total \"240\" parts \"18\" + \"167\" + \"55\"\n"
        );
    }

    proptest! {
        #[test]
        fn words_up_to_counts_like_split_whitespace(
            text in "[a-zđư \\t\\n\u{a0}\u{2003}\u{3000}\u{1680}ờ.,]{0,40}",
            limit in 0usize..12,
        ) {
            prop_assert_eq!(words_up_to(&text, limit), text.split_whitespace().take(limit + 1).count());
        }
    }
}
