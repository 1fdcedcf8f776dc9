#!/usr/bin/env python3
"""Candidate scanner for the `numbers` family of the labelled set (issue 12).

Reads the gzip JSON Lines corpus given as argument and prints one candidate a line:
    id <TAB> start <TAB> end <TAB> kind <TAB> what
start/end are UTF-8 byte offsets into the article's "text".

It parses Vietnamese numbers (1.250 = 1250, 1,5 = 1.5, with "nghìn/ngàn/triệu/tỷ" multipliers;
a comma before exactly three digits is also read the English way) and the word after each number
(its unit), then looks, within a paragraph, for statements whose arithmetic can be checked:

  breakdown-sum       a total N <unit> followed by "trong đó / gồm / bao gồm / cụ thể / :" and parts
                      with the same unit; the parts do not sum to N (partial lists are left to the reader)
  part-exceeds-total  one of those parts is larger than N; or a share "chiếm" above 100%
  part-share          "X <unit> ..., chiếm / bằng / tương đương Y%" (and "Y%, tương đương X") where no
                      number with the same unit in the paragraph before it makes X/T ~ Y%
  fraction-value      "p/q ... (V)" or "một nửa / một phần ba ... (V)" where no total T in the
                      paragraph gives p/q*T ~ V (a numeric p/q only after "chiếm/khoảng/gần/..." or
                      before "số/tổng/vốn/...", since most p/q in news are dates)
  change              "tăng/giảm (từ) A lên/xuống/còn B" followed by a difference C and/or a percentage
                      D in the same sentence, where B-A != C or (B-A)/A != D%
  remainder           "còn lại C" where no earlier number T with C's unit, less the numbers between,
                      gives C
  percent-split       two or more percentages in one sentence whose sum is 85..115 but not 100 +-1
  headline-body       a headline number with a unit word where the body gives the same unit word only
                      with other values

Every check prints only when the arithmetic fails (with a "what" saying why), so each candidate is a
potential error or a trap; reading in context decides. Output is sorted by article order.
"""
import gzip
import json
import re
import sys

MULT = {"nghìn": 1e3, "ngàn": 1e3, "ngh": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
NUM_RE = re.compile(
    r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w/]|[.,]\d)"
    r"(?:\s*(%|phần trăm))?"
    r"(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b)?"
)
WORD_RE = re.compile(r"\s*([^\W\d_]+)")
SENT_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ\"“(])|\n")


class Num:
    __slots__ = ("start", "end", "vals", "pct", "unit", "text", "rng", "hedge")

    def __init__(self, m, text):
        ip, fp, pct, mult = m.group(1), m.group(2), m.group(3), m.group(4)
        self.start, self.end = m.start(), m.end()
        self.pct = bool(pct)
        self.text = m.group(0)
        ival = int(ip.replace(".", ""))
        vals = []
        if fp is not None:
            vals.append(float(f"{ival}.{fp}"))
            if len(fp) == 3 and "." not in ip:
                vals.append(float(f"{ival}{fp}"))  # English grouping
        else:
            vals.append(float(ival))
            if re.fullmatch(r"\d{1,3}\.\d{3}", ip):
                pass
        if "." in ip and re.fullmatch(r"\d{1,3}\.\d{1,2}", ip):
            vals.append(float(ip))
        k = MULT.get(mult, 1.0) if mult else 1.0
        self.vals = [v * k for v in vals]
        # unit: first word after the number (after a multiplier, the word after that)
        w = WORD_RE.match(text, self.end)
        u = w.group(1).lower() if w else ""
        if mult and u == "":
            u = mult
        if u in ("đồng", "usd", "đô") and mult:
            u = "đồng" if u == "đồng" else u
        self.unit = "%" if self.pct else u
        pre = text[max(0, self.start - 14):self.start].lower()
        post = text[self.end:self.end + 4]
        self.rng = bool(re.match(r"\s*[-–÷]\s*\d", text[m.end(1) + (len(m.group(2)) + 1 if m.group(2) else 0):][:5])
                        or re.search(r"\d[%]?\s*[-–÷]\s*$", pre) or re.search(r"\d\s*(đến|tới)\s*$", pre)
                        or re.match(r"\s*(đến|tới)\s*\d", text[m.end(1):m.end(1) + 8]))
        self.hedge = bool(re.search(r"(hơn|gần|khoảng|trên|xấp xỉ|chừng|ngót|dưới|tới gần|hàng|vài)\s*$", pre))

    @property
    def v(self):
        return self.vals[0]


def close(a, b, rel=0.006, absl=0.51):
    return abs(a - b) <= max(absl, rel * max(abs(a), abs(b)))


def anyclose(xs, ys, **kw):
    return any(close(x, y, **kw) for x in xs for y in ys)


def pct_tol(numtext):
    m = re.search(r",(\d+)", numtext)
    d = len(m.group(1)) if m else 0
    return 0.5 * 10 ** (-d) + 0.06


def is_year(n, text):
    v = n.v
    if n.pct or len(n.vals) > 1:
        return False
    if 1945 <= v <= 2030 and float(v).is_integer():
        pre = text[max(0, n.start - 8):n.start].lower()
        if "năm" in pre or "/" in pre or "-" in pre or "." in pre[-1:]:
            return True
        if n.unit in ("", "và", "đến", "tới", "của", "là", "thì"):
            return True
    return False


def paragraphs(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def sentences(par):
    pos = 0
    for m in SENT_END.finditer(par):
        yield pos, par[pos:m.start()]
        pos = m.end()
    yield pos, par[pos:]


STOP_UNITS = {"", "và", "năm", "tháng", "ngày", "giờ", "tuổi", "độ", "phút", "giây", "h", "km/h"}


def scan(aid, text, out):
    def emit(s, e, kind, what):
        out.append((aid, s, e, kind, what))

    nums_all = [Num(m, text) for m in NUM_RE.finditer(text)]
    nums_all = [n for n in nums_all if not is_year(n, text) and not n.rng]
    # headline
    first_nl = text.find("\n")
    head_end = first_nl if first_nl >= 0 else len(text)

    for pstart, par in paragraphs(text):
        pend = pstart + len(par)
        pn = [n for n in nums_all if pstart <= n.start < pend]
        if not pn:
            continue
        low = par.lower()

        # ---- percent-split, per sentence
        for sstart, sent in sentences(par):
            a, b = pstart + sstart, pstart + sstart + len(sent)
            ps = [n for n in pn if a <= n.start < b and n.pct]
            if len(ps) >= 2:
                tot = sum(n.v for n in ps)
                if 85 <= tot <= 115 and abs(tot - 100) > 1.05:
                    emit(ps[0].start, ps[-1].end, "percent-split",
                         "sum " + "+".join(n.text.strip() for n in ps) + f" = {tot:g}")

        # ---- breakdown-sum / part-exceeds-total
        for m in re.finditer(r"(trong đó|bao gồm|gồm|cụ thể|chia ra|(?:gồm|như sau|cụ thể)\s*:)", low):
            k = pstart + m.start()
            before = [n for n in pn if n.end <= k and k - n.end < 120 and not n.pct
                      and n.unit not in STOP_UNITS]
            if not before:
                continue
            tot = before[-1]
            # parts: same unit, after the trigger, to the end of its sentence (the next one when the
            # trigger opens a sentence), at most 400 chars
            rest = par[m.end():]
            se = re.search(r"(?<=[.!?])\s+(?=[A-ZĐ\"“])|\n", rest)
            lim = pstart + m.end() + (se.start() if se else len(rest))
            lim = min(lim, k + 400)
            parts = [n for n in pn if k < n.start < lim and n.unit == tot.unit and not n.pct]
            if not parts:
                continue
            hed = "hedged " if (tot.hedge or any(p.hedge for p in parts)) else ""
            for p in parts:
                if p.v > max(tot.vals) * 1.0001 and not anyclose(p.vals, tot.vals):
                    emit(tot.start, p.end, "part-exceeds-total",
                         f"{hed}total {tot.text.strip()} {tot.unit} < part {p.text.strip()}")
                    break
            if len(parts) >= 2:
                s_ = sum(p.v for p in parts)
                if not anyclose([s_], tot.vals, rel=0.002, absl=0.01):
                    emit(tot.start, parts[-1].end, "breakdown-sum",
                         f"{hed}total {tot.text.strip()} vs parts "
                         + "+".join(p.text.strip() for p in parts) + f" = {s_:g} ({tot.unit})")

        # ---- part-share
        for m in re.finditer(r"(chiếm|bằng|tương đương|tương ứng|đạt|là)\s+(?:khoảng|gần|hơn|trên|tới|đến|xấp xỉ|lần lượt\s+)?\s*$", ""):
            pass
        for i, n in enumerate(pn):
            if not n.pct:
                continue
            pre = low[max(0, n.start - pstart - 40):n.start - pstart]
            post = low[n.end - pstart:n.end - pstart + 40]
            x = None
            if re.search(r"(chiếm|bằng|tương đương|tương ứng|đạt)\s+(khoảng\s+|gần\s+|hơn\s+|trên\s+|tới\s+|xấp xỉ\s+)?(tỷ lệ\s+|tỉ lệ\s+)?$", pre):
                # part is the previous non-pct number within 80 chars
                prev = [q for q in pn if q.end <= n.start and n.start - q.end < 90 and not q.pct]
                if prev:
                    x = prev[-1]
            if x is None and re.match(r"\s*\)?,?\s*(tương đương|tương ứng|khoảng|với|\()\s*(khoảng\s+|gần\s+|hơn\s+)?", post):
                nxt = [q for q in pn if q.start >= n.end and q.start - n.end < 30 and not q.pct]
                if nxt:
                    x = nxt[0]
            if x is None or x.unit in STOP_UNITS:
                continue
            if n.v > 100.5 and "chiếm" in pre:
                emit(min(x.start, n.start), max(x.end, n.end), "part-exceeds-total",
                     f"share {n.text.strip()} above 100")
                continue
            if re.match(r"\s*(gdp|kế hoạch|dự toán|so với|cùng kỳ)", post):
                continue
            tots = [q for q in pn if q is not x and not q.pct and q.unit == x.unit
                    and x.start - 300 < q.start < n.start + 120 and max(q.vals) > min(x.vals)]
            if not tots:
                continue
            ok = False
            tol = pct_tol(n.text)
            for t in tots:
                for xv in x.vals:
                    for tv in t.vals:
                        if tv and abs(xv / tv * 100 - n.v) <= tol + 0.01 * n.v:
                            ok = True
            if not ok:
                t = tots[0]
                emit(min(t.start, x.start, n.start), max(x.end, n.end, t.end), "part-share",
                     f"part {x.text.strip()} share {n.text.strip()} totals "
                     + ",".join(q.text.strip() for q in tots[:4]) + f" ({x.unit})")

        # ---- fraction-value
        for m in re.finditer(r"(?<![\d/.,])(\d+)/(\d+)(?![\d/])|một nửa|một phần (ba|tư|năm)|hai phần ba|ba phần tư", low):
            if m.group(1):
                p, q = int(m.group(1)), int(m.group(2))
                if q == 0 or p >= q or q > 20:
                    continue
            else:
                w = m.group(0)
                p, q = {"một nửa": (1, 2), "một phần ba": (1, 3), "một phần tư": (1, 4),
                        "một phần năm": (1, 5), "hai phần ba": (2, 3), "ba phần tư": (3, 4)}[w]
            fs = pstart + m.start()
            if m.group(1):
                # a numeric p/q is a date far more often than a fraction: keep it only when it is
                # introduced or followed as a share ("chiếm 1/3", "1/3 số vốn")
                pre_f = low[max(0, m.start() - 20):m.start()]
                post_f = low[m.end():m.end() + 25]
                if not (re.search(r"(chiếm|khoảng|gần|hơn|bằng|tới|đến|trên|còn|mất|được)\s*$", pre_f)
                        and not re.search(r"(ngày|từ|đến)\s*$", pre_f)
                        or re.match(r"\s*(số|tổng|vốn|diện tích|dân số|lượng|giá trị|kinh phí|trong số|của)", post_f)):
                    continue
            seg = par[m.end():m.end() + 120]
            br = re.search(r"\(([^)]{0,60})\)", seg)
            if not br:
                continue
            b0 = pstart + m.end() + br.start()
            vals = [q_ for q_ in pn if b0 < q_.start < b0 + len(br.group(0)) and not q_.pct]
            if not vals:
                continue
            v = vals[0]
            tots = [t for t in pn if t is not v and not t.pct and t.unit == v.unit and t.start != v.start]
            if not tots:
                continue
            good = any(close(tv * p / q, vv, rel=0.03) for t in tots for tv in t.vals for vv in v.vals)
            if not good:
                emit(fs, v.end + 1, "fraction-value",
                     f"{p}/{q} with value {v.text.strip()}; totals " + ",".join(t.text.strip() for t in tots[:4]))

        # ---- change
        for m in re.finditer(r"(tăng|giảm|lên|xuống|từ)\s+(?:từ\s+)?(?:mức\s+)?(?:khoảng\s+)?", low):
            s0 = pstart + m.end()
            a = [q for q in pn if q.start == s0]
            if not a:
                continue
            a = a[0]
            tail = low[a.end - pstart:a.end - pstart + 60]
            mm = re.match(r"(?:\s*[^\W\d]+){0,4}?\s*(?:\([^)]*\))?\s*,?\s*(lên|xuống|còn|thành)\s+(?:mức\s+|khoảng\s+|gần\s+|hơn\s+)?", tail)
            if not mm:
                continue
            bpos = a.end + mm.end()
            b = [q for q in pn if q.start == bpos]
            if not b:
                continue
            b = b[0]
            if a.pct != b.pct:
                continue
            # rest of sentence
            rest = par[b.end - pstart:]
            se = re.search(r"(?<=[.!?])\s+(?=[A-ZĐ])|;", rest)
            lim = b.end + (se.start() if se else len(rest))
            lim = min(lim, b.end + 160)
            after = [q for q in pn if b.end <= q.start < lim and q.start - b.end < 90 and re.search(
                r"(tăng|giảm|tương đương|tương ứng|tức|chênh lệch|\(|bằng)\s*(thêm\s+|khoảng\s+|gần\s+|hơn\s+|là\s+|tới\s+|được\s+)*$",
                low[max(0, q.start - pstart - 30):q.start - pstart])]
            diffs = [d for d in after if not d.pct or (a.pct and d.pct)]
            pcts = [d for d in after if d.pct and not a.pct]
            bad = []
            for d in diffs[:1]:
                if d.unit != a.unit and d.unit != b.unit and not (a.pct and d.unit in ("điểm",)):
                    continue
                ok = any(close(abs(bv - av), dv, rel=0.02) for av in a.vals for bv in b.vals for dv in d.vals)
                if not ok:
                    bad.append(f"diff {d.text.strip()} vs {b.text.strip()}-{a.text.strip()}")
            for d in pcts[:1]:
                ok = any(av and (abs(abs(bv - av) / av * 100 - dv) <= pct_tol(d.text) + 0.012 * dv
                                 or abs(bv / av * 100 - dv) <= pct_tol(d.text) + 0.012 * dv)
                         for av in a.vals for bv in b.vals for dv in d.vals)
                if not ok:
                    bad.append(f"pct {d.text.strip()} vs {a.text.strip()}->{b.text.strip()}")
            if bad:
                last = (diffs[:1] + pcts[:1])
                e = max([b.end] + [q.end for q in last])
                emit(a.start, e, "change", "; ".join(bad))

        # ---- change, second form: "B ..., tăng/giảm D% (tương ứng tăng C)" or "tăng/giảm C (D%)"
        for i, d in enumerate(pn):
            if not d.pct:
                continue
            pre = low[max(0, d.start - pstart - 30):d.start - pstart]
            post = low[d.end - pstart:d.end - pstart + 60]
            sign = re.search(r"(tăng|giảm|cao hơn|thấp hơn)\s*(thêm\s+|khoảng\s+|gần\s+|hơn\s+|tới\s+|mạnh\s+)*$", pre)
            c = None
            if sign:
                mm = re.match(r"\s*\)?\s*[,(]?\s*(tương ứng|tương đương|tức|hay|\()?\s*(là\s+)?(tăng|giảm)?\s*(thêm\s+|khoảng\s+|gần\s+|hơn\s+|tới\s+)*\(?\s*[+-]?", post)
                if mm and (mm.group(1) or mm.group(3) or "(" in mm.group(0)):
                    nx = [q for q in pn if q.start == d.end + mm.end() and not q.pct]
                    if nx:
                        c = nx[0]
            if c is None:
                # "tăng C (D%)" / "tăng C, tương đương D%"
                pc = [q for q in pn if q.end <= d.start and d.start - q.end < 30 and not q.pct]
                if pc and re.search(r"(tăng|giảm)\s*(thêm\s+|khoảng\s+|gần\s+|hơn\s+)*$",
                                    low[max(0, pc[-1].start - pstart - 25):pc[-1].start - pstart]) \
                        and re.match(r"\s*[^\w\d]{0,3}\s*(tương ứng|tương đương|tức|\(|,)", low[pc[-1].end - pstart:]):
                    c = pc[-1]
                    sign = re.search(r"(tăng|giảm)", low[max(0, c.start - pstart - 25):c.start - pstart])
            if c is None or not sign:
                continue
            # the level B: nearest earlier non-pct number with c's unit, within 160 chars
            bs = [q for q in pn if q.end <= min(c.start, d.start) and min(c.start, d.start) - q.end < 160
                  and not q.pct and q.unit == c.unit and q is not c]
            if not bs:
                continue
            b = bs[-1]
            up = sign.group(1) in ("tăng", "cao hơn")
            ok = False
            for bv in b.vals:
                for cv in c.vals:
                    base = bv - cv if up else bv + cv
                    for dv in d.vals:
                        tol = pct_tol(d.text) + 0.015 * dv
                        if base > 0 and abs(cv / base * 100 - dv) <= tol:
                            ok = True
                        if bv > 0 and abs(cv / bv * 100 - dv) <= tol:
                            ok = True
            if not ok:
                emit(b.start, max(c.end, d.end), "change",
                     f"level {b.text.strip()} {'+' if up else '-'}{c.text.strip()} stated {d.text.strip()}")

        # ---- remainder
        for m in re.finditer(r"còn lại\s+(?:là\s+|khoảng\s+|gần\s+|hơn\s+)?", low):
            s0 = pstart + m.end()
            c = [q for q in pn if q.start == s0 and not q.pct]
            if not c:
                continue
            c = c[0]
            prior = [q for q in pn if q.end <= c.start and c.start - q.end < 300 and q.unit == c.unit and not q.pct]
            if not prior:
                continue
            ok = False
            for i, t in enumerate(prior):
                between = prior[i + 1:]
                if any(close(tv - sum(x.v for x in between), cv, rel=0.003) for tv in t.vals for cv in c.vals):
                    ok = True
                for x in between:
                    if anyclose([tv - xv for tv in t.vals for xv in x.vals], c.vals, rel=0.003):
                        ok = True
            if not ok:
                emit(prior[0].start, c.end, "remainder",
                     "prior " + ",".join(q.text.strip() for q in prior) + f" remainder {c.text.strip()} ({c.unit})")

    # ---- headline-body
    hn = [n for n in nums_all if n.start < head_end and n.unit not in STOP_UNITS and not n.pct]
    body = [n for n in nums_all if n.start > head_end]
    for h in hn:
        same = [b for b in body if b.unit == h.unit and not b.pct]
        if not same:
            continue
        if any(anyclose(h.vals, b.vals, rel=0.001, absl=0.001) for b in body):
            continue
        # body says "hơn/gần/khoảng" near? leave to reader
        b = same[0]
        emit(h.start, b.end, "headline-body",
             f"headline {h.text.strip()} {h.unit} vs body " + ",".join(x.text.strip() for x in same[:4]))


def run(scan_article):
    """Prints the candidates `scan_article(id, text, out)` finds in every
    article of the corpus named on the command line, once each, with byte
    offsets into the article's text."""
    path = sys.argv[1]
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = d["text"]
            cands = []
            scan_article(d["id"], text, cands)
            seen = set()
            for aid, s, e, kind, what in cands:
                key = (s, e, kind)
                if key in seen:
                    continue
                seen.add(key)
                bs = len(text[:s].encode("utf-8"))
                be = bs + len(text[s:e].encode("utf-8"))
                out.append(f"{aid}\t{bs}\t{be}\t{kind}\t{what}")
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    run(scan)
