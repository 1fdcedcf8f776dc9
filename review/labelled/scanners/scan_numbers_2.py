#!/usr/bin/env python3
"""Second candidate scanner for the `numbers` family (issue 12), extending scan_numbers.py.

Usage: scan_numbers_2.py news-2017-train.jsonl.gz  ->  id <TAB> start <TAB> end <TAB> kind <TAB> what
(start/end are UTF-8 byte offsets into the article's "text"). It reuses the number parser of
scan_numbers.py (same folder) and looks where the first pass did not:

  part-share      "A/B" with B > 12 (not a date) followed within 80 chars by a percentage Y where
                  A/B != Y%; "X ..., chiếm/đạt/tương đương Y%" where a number marked as the whole
                  ("tổng", "tổng số", "toàn", "trên", "trong số", "trong tổng số") with X's unit stands
                  in the same or the previous sentence and X/whole != Y%
  change          "B ..., tăng/giảm D% so với ..." with another number A of B's unit in the same or the
                  next sentence marked as the other period's figure ("so với A", "cùng kỳ ... là A",
                  "A ... năm trước", "từ A") and no pair giving (B-A)/A ~ D%
  change          "tăng/giảm C <unit> (+-D%) lên/xuống/về/còn B <unit>" (index points, prices, counts;
                  a change in cents "xu/cent" of a level in dollars is scaled): C/(B-+C) != D%
                  (allowing the rounding of D as written)
  breakdown-sum   parts closed by "... C <unit> còn lại / khác" or followed by "tổng cộng / tổng số /
                  tổng / tính chung / cả hai C": the parts before do not add to the total
  percent-split   two percentages of a two-way split (nam/nữ, thành thị/nông thôn, đỗ/trượt,
                  đồng ý/không đồng ý, trong nước/nước ngoài ...) in one or two sentences whose sum is
                  not 100 +-1 (the first pass only looked at sums of 85..115 in one sentence)
  headline-body   a headline percentage, or a headline number with a unit the body repeats only with
                  another value next to the same verb (tăng/giảm/chiếm/bắt/thu/...)
  multiple        "A ..., gấp N lần B" (N a digit or "đôi/ba/...") where A/B is far from N
                  (new kind: a stated multiple contradicted by the two figures)

Every check prints only when the arithmetic fails, so each line is a potential error or a trap.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scan_numbers import NUM_RE, Num, is_year, paragraphs, sentences, STOP_UNITS, close, pct_tol, run  # noqa

WORDNUM = {"đôi": 2, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "rưỡi": 1.5}
PAIRS = [("nam", "nữ"), ("thành thị", "nông thôn"), ("đỗ", "trượt"), ("đậu", "rớt"), ("đồng ý", "không đồng ý"),
         ("trong nước", "nước ngoài"), ("đạt", "không đạt"), ("ủng hộ", "phản đối"), ("có", "không có"),
         ("nội", "ngoại"), ("công lập", "ngoài công lập"), ("nhà nước", "tư nhân")]


def scan(aid, text, out):
    def emit(s, e, kind, what):
        out.append((aid, s, e, kind, what))

    low_all = text.lower()
    nums_all = [Num(m, text) for m in NUM_RE.finditer(text)]
    nums_all = [n for n in nums_all if not is_year(n, text) and not n.rng]
    first_nl = text.find("\n")
    head_end = first_nl if first_nl >= 0 else len(text)

    for pstart, par in paragraphs(text):
        pend = pstart + len(par)
        pn = [n for n in nums_all if pstart <= n.start < pend]
        if not pn:
            continue
        low = par.lower()
        sents = [(pstart + s, pstart + s + len(t)) for s, t in sentences(par)]

        def sent_of(pos):
            for i, (a, b) in enumerate(sents):
                if a <= pos <= b:
                    return i
            return len(sents) - 1

        # ---- part-share: numeric ratio A/B then a percentage
        for m in re.finditer(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})*|\d+)/(\d{1,3}(?:\.\d{3})*|\d+)(?![\d/])", par):
            a_ = int(m.group(1).replace(".", ""))
            b_ = int(m.group(2).replace(".", ""))
            if b_ <= 12 or a_ > b_ or b_ == 0 or (1900 <= b_ <= 2100):
                continue
            pre = low[max(0, m.start() - 12):m.start()]
            if re.search(r"(số|ngày|qđ|nđ|tt|km|lúc|giờ)\s*$", pre):
                continue
            after = [n for n in pn if n.pct and 0 <= n.start - (pstart + m.end()) < 80]
            if not after:
                continue
            y = after[0]
            if abs(a_ / b_ * 100 - y.v) > pct_tol(y.text) + 0.01 * y.v and abs((b_ - a_) / b_ * 100 - y.v) > pct_tol(y.text) + 0.01 * y.v:
                emit(pstart + m.start(), y.end, "part-share", f"ratio {a_}/{b_} = {a_ / b_ * 100:.2f}% vs {y.text.strip()}")

        # ---- part-share: explicit whole in same/previous sentence
        for n in pn:
            if not n.pct:
                continue
            pre = low[max(0, n.start - pstart - 40):n.start - pstart]
            if not re.search(r"(chiếm|đạt|tương đương|tương ứng|bằng)\s+(khoảng\s+|gần\s+|hơn\s+|trên\s+|tới\s+|xấp xỉ\s+)?(tỷ lệ\s+|tỉ lệ\s+)?$", pre):
                continue
            prev = [q for q in pn if q.end <= n.start and n.start - q.end < 90 and not q.pct and q.unit not in STOP_UNITS]
            if not prev:
                continue
            x = prev[-1]
            si = sent_of(n.start)
            lo = sents[max(0, si - 1)][0]
            wholes = []
            for q in pn:
                if q is x or q.pct or q.unit != x.unit or not (lo <= q.start < n.end + 60):
                    continue
                qp = low_all[max(0, q.start - 22):q.start]
                if re.search(r"(tổng số|tổng cộng|tổng|toàn bộ|toàn|trên|trong số|trong tổng số|tất cả|cả)\s+(là\s+|có\s+|khoảng\s+|gần\s+|hơn\s+|số\s+)?\s*$", qp):
                    wholes.append(q)
            wholes = [w for w in wholes if max(w.vals) >= min(x.vals)]
            if not wholes:
                continue
            tol = pct_tol(n.text)
            ok = any(tv and abs(xv / tv * 100 - n.v) <= tol + 0.01 * n.v for w in wholes for tv in w.vals for xv in x.vals)
            if not ok:
                w = wholes[0]
                emit(min(w.start, x.start), max(n.end, w.end), "part-share",
                     f"part {x.text.strip()} whole {w.text.strip()} = {x.v / w.v * 100:.2f}% vs {n.text.strip()} ({x.unit})")

        # ---- change: "B ..., tăng/giảm D% so với ..." with the other figure A
        for d in pn:
            if not d.pct:
                continue
            pre = low[max(0, d.start - pstart - 30):d.start - pstart]
            sg = re.search(r"(tăng|giảm)\s*(thêm\s+|khoảng\s+|gần\s+|hơn\s+|tới\s+|mạnh\s+|trên\s+|xấp xỉ\s+)*$", pre)
            post = low[d.end - pstart:d.end - pstart + 40]
            if not sg or not re.match(r"\s*(\([^)]*\)\s*)?,?\s*(so với|so cùng kỳ|so với cùng kỳ)", post):
                continue
            si = sent_of(d.start)
            a0, b0 = sents[si][0], sents[min(len(sents) - 1, si + 1)][1]
            cands = [q for q in pn if not q.pct and a0 <= q.start < b0 and q.unit not in STOP_UNITS]
            bs = [q for q in cands if q.end <= d.start]
            if not bs:
                continue
            b = bs[-1]
            # the other figure must be marked as the earlier period's ("so với A", "cùng kỳ năm trước
            # là A", "A ... (của) năm ngoái", "từ A lên B")
            others = []
            for q in cands:
                if q is b or q.unit != b.unit:
                    continue
                qpre = low_all[max(0, q.start - 45):q.start]
                qpost = low_all[q.end:q.end + 40]
                if re.search(r"(so với|so|từ)\s+(mức\s+|con số\s+|khoảng\s+|gần\s+|hơn\s+)*$", qpre) or \
                        re.search(r"(cùng kỳ|năm ngoái|năm trước|năm 20\d\d|kỳ trước|tháng trước|quý trước)[^.;\d]{0,12}(là|đạt|có|với|chỉ|mới|ở mức|:)\s*(khoảng\s+|gần\s+|hơn\s+)*$", qpre) or \
                        re.match(r"\s*[^\W\d]+(?:/[^\W\d]+)?\s*(\(?\s*)(của|trong|vào|ở|năm|của năm)?\s*(cùng kỳ|năm ngoái|năm trước|năm 20\d\d|kỳ trước)", qpost):
                    others.append(q)
            if not others:
                continue
            up = sg.group(1) == "tăng"
            ok = False
            for a in others:
                for av in a.vals:
                    for bv in b.vals:
                        for dv in d.vals:
                            tol = pct_tol(d.text) + 0.02 * dv
                            for x1, x0 in ((bv, av), (av, bv)):
                                if x0 > 0 and abs(abs(x1 - x0) / x0 * 100 - dv) <= tol:
                                    ok = True
                            if bv > 0 and abs(av / bv * 100 - dv) <= tol:
                                ok = True  # "tăng C" with C the difference
            if not ok:
                a = others[0]
                emit(min(b.start, a.start), max(d.end, a.end), "change",
                     f"level {b.text.strip()} other {a.text.strip()} stated {'+' if up else '-'}{d.text.strip()} ({b.unit})")

        # ---- change: "tăng/giảm C (D%) lên/xuống B"
        for m in re.finditer(r"(tăng|giảm)\s+(?:thêm\s+|khoảng\s+|gần\s+|hơn\s+|nhẹ\s+|mạnh\s+)*", low):
            s0 = pstart + m.end()
            cs = [q for q in pn if q.start == s0 and not q.pct]
            if not cs:
                continue
            c = cs[0]
            # a change in cents ("xu", "cent") of a price in dollars
            cscale = 0.01 if c.unit in ("xu", "cent", "cents") else 1.0
            ds = [q for q in pn if q.pct and 0 <= q.start - c.end <= 40]
            if not ds:
                continue
            d = ds[0]
            tail2 = low[d.end - pstart:d.end - pstart + 40]
            m2 = re.match(r"\s*\)?\s*,?\s*(?:so với[^,;]{0,25}?\s+)?(lên|xuống|về|còn|đạt)\s+(?:mức\s+|ngưỡng\s+)?", tail2)
            if not m2:
                continue
            bs = [q for q in pn if q.start == d.end + m2.end() and not q.pct]
            if not bs:
                continue
            b = bs[0]
            up = m.group(1) == "tăng"
            tol = pct_tol(d.text) + 0.005 * d.v
            ok = False
            for bv in b.vals:
                for cv in c.vals:
                    cv *= cscale
                    base = bv - cv if up else bv + cv
                    if base > 0 and any(abs(cv / base * 100 - dv) <= tol for dv in d.vals):
                        ok = True
            if not ok and c.v > 0:
                cv = c.v * cscale
                base = b.v - cv if up else b.v + cv
                emit(c.start, b.end, "change",
                     f"{m.group(1)} {c.text.strip()} ({d.text.strip()}) to {b.text.strip()}: {cv / base * 100 if base else 0:.2f}%")

        # ---- breakdown-sum closed by "còn lại"/"khác"
        for m in re.finditer(r"(còn lại|khác)\b", low):
            k = pstart + m.start()
            cs = [q for q in pn if q.end <= k and k - q.end < 25 and not q.pct and q.unit not in STOP_UNITS]
            if not cs:
                continue
            c = cs[-1]
            si = sent_of(c.start)
            a0 = sents[max(0, si - 1)][0]
            same = [q for q in pn if a0 <= q.start < c.start and q.unit == c.unit and not q.pct]
            if len(same) < 2:
                continue
            # the total: the first one; the parts: all after it, plus c
            tot = same[0]
            parts = same[1:] + [c]
            s_ = sum(p.v for p in parts)
            if any(close(s_, tv, rel=0.002, absl=0.01) for tv in tot.vals):
                continue
            # also accept total being the sum of the others as parts ending anywhere
            if any(close(sum(p.v for p in parts[:j]), tv, rel=0.002, absl=0.01) for j in range(1, len(parts)) for tv in tot.vals):
                continue
            if max(p.v for p in parts) > tot.v:
                continue
            emit(tot.start, c.end, "breakdown-sum",
                 f"total {tot.text.strip()} vs parts " + "+".join(p.text.strip() for p in parts) + f" = {s_:g} closed by rest ({c.unit})")

        # ---- breakdown-sum: parts then "tổng cộng C"
        for m in re.finditer(r"(tổng cộng|tổng số|tính chung|tổng|cả hai|cộng lại)\s+(là\s+|có\s+|lên tới\s+|lên đến\s+|khoảng\s+|gần\s+|hơn\s+|được\s+)?", low):
            s0 = pstart + m.end()
            cs = [q for q in pn if q.start == s0 and not q.pct and q.unit not in STOP_UNITS]
            if not cs:
                continue
            c = cs[0]
            si = sent_of(c.start)
            a0 = sents[si][0]
            parts = [q for q in pn if a0 <= q.start < pstart + m.start() and q.unit == c.unit and not q.pct]
            if len(parts) < 2:
                continue
            ok = any(any(close(sum(p.v for p in parts[i:]), cv, rel=0.003, absl=0.01) for cv in c.vals) for i in range(len(parts) - 1))
            if ok or any(p.v > c.v * 1.0001 for p in parts):
                continue
            emit(parts[0].start, c.end, "breakdown-sum",
                 "parts " + "+".join(p.text.strip() for p in parts) + f" = {sum(p.v for p in parts):g} vs total {c.text.strip()} ({c.unit})")

        # ---- percent-split of two-way wholes
        for i, (a, b) in enumerate(sents):
            for j in (i, i + 1):
                if j >= len(sents):
                    continue
                lo_, hi_ = a, sents[j][1]
                ps = [n for n in pn if lo_ <= n.start < hi_ and n.pct]
                if len(ps) != 2 or (j == i + 1 and not any(lo_ <= n.start < b for n in ps)):
                    continue
                seg = low_all[lo_:hi_]
                for w1, w2 in PAIRS:
                    p1 = re.search(r"(?<!\w)" + w1 + r"(?!\w)", seg)
                    p2 = re.search(r"(?<!\w)" + w2 + r"(?!\w)", seg)
                    if not p1 or not p2:
                        continue
                    tot = ps[0].v + ps[1].v
                    if abs(tot - 100) > 1.05 and 60 <= tot <= 140 and not (85 <= tot <= 115 and j == i):
                        emit(ps[0].start, ps[1].end, "percent-split",
                             f"{w1}/{w2} split {ps[0].text.strip()}+{ps[1].text.strip()} = {tot:g}")
                    break

        # ---- multiple: "A ..., gấp N lần B"
        for m in re.finditer(r"gấp\s+(\d+(?:,\d+)?|đôi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(\s+rưỡi)?(\s+lần)?", low):
            g = m.group(1)
            nv = float(g.replace(",", ".")) if g[0].isdigit() else WORDNUM[g]
            if m.group(2):
                nv += 0.5
            if g != "đôi" and not m.group(3):
                continue
            k0, k1 = pstart + m.start(), pstart + m.end()
            si = sent_of(k0)
            a0, b0 = sents[si]
            before = [q for q in pn if a0 <= q.start and q.end <= k0 and k0 - q.end < 150 and not q.pct and q.unit not in STOP_UNITS]
            after = [q for q in pn if k1 <= q.start < b0 and q.start - k1 < 80 and not q.pct]
            if not before:
                continue
            A = before[-1]
            Bs = [q for q in after if q.unit == A.unit] or [q for q in before[:-1] if q.unit == A.unit]
            if not Bs:
                continue
            B = Bs[0]
            if B.v == 0:
                continue
            ok = any(bv and (abs(av / bv - nv) <= 0.2 * nv + 0.15 or abs(av / bv - (nv + 1)) <= 0.1 * nv
                             or abs(bv / av - nv) <= 0.2 * nv + 0.15) for av in A.vals for bv in B.vals if av)
            if not ok:
                emit(min(A.start, B.start), max(B.end, k1), "multiple",
                     f"{A.text.strip()}/{B.text.strip()} = {A.v / B.v:.2f} vs gấp {g} ({A.unit})")

    # ---- headline-body, percentages and verb-anchored figures
    heads = [n for n in nums_all if n.start < head_end]
    body = [n for n in nums_all if n.start > head_end]
    for h in heads:
        verb = re.search(r"(tăng|giảm|chiếm|bắt|thu|phạt|tiêu hủy|thu giữ|khởi tố|mất|chết|tử vong|bị thương|cứu|hỗ trợ|trao|đạt)\s+(?:giữ\s+|gần\s+|hơn\s+|khoảng\s+|trên\s+|tới\s+|thêm\s+|mạnh\s+)*$",
                         low_all[max(0, h.start - 30):h.start])
        if not verb:
            continue
        v = verb.group(1)
        same = []
        for b in body:
            if b.pct != h.pct or (not h.pct and b.unit != h.unit):
                continue
            bp = low_all[max(0, b.start - 30):b.start]
            if re.search(v + r"\s+(?:giữ\s+|gần\s+|hơn\s+|khoảng\s+|trên\s+|tới\s+|thêm\s+|mạnh\s+)*$", bp):
                same.append(b)
        if not same:
            continue
        if any(any(close(hv, bv, rel=0.03, absl=0.05) for hv in h.vals for bv in b.vals) for b in body if b.unit == h.unit or b.pct == h.pct):
            continue
        b = same[0]
        emit(h.start, b.end, "headline-body",
             f"headline {v} {h.text.strip()} {h.unit} vs body " + ",".join(x.text.strip() for x in same[:4]))


if __name__ == "__main__":
    run(scan)
