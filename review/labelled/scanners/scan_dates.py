#!/usr/bin/env python3
"""Candidate scanner for the `dates` family of the baolint labelled set.

Usage: scan_dates.py news-2017-train.jsonl.gz > candidates.tsv

Prints one candidate per line: id, start, end (UTF-8 byte offsets into the
article's "text"), kind, what.  The net is cast wide on purpose; each
candidate still has to be judged by a reader in context.

Kinds:
  weekday-mismatch  a weekday word (Chủ nhật, thứ Hai..thứ Bảy, thứ 2..thứ 7)
                    written next to a day/month date, in either order: weekday
                    then date ("thứ Hai (20/3)", "thứ 2, ngày 20-3", "Chủ nhật
                    19.3", "thứ Sáu tuần trước (16/6)"), or date then weekday
                    ("20/3 (thứ Hai)", "ngày 20/3, tức thứ Hai").  The date's
                    weekday is computed with its own year or, failing that,
                    2017 (the corpus year); `what` says whether it agrees and
                    which nearby years would agree.  Both agreeing and
                    disagreeing pairs are printed (agreeing ones under 2017
                    are only printed when the date carries another year).
                    A looser pass also pairs any weekday word with the
                    nearest date within 60 characters of the same sentence
                    and prints the pairs that disagree (ordinals such as
                    "kỳ họp thứ 3, sáng 25/5" are the usual look-alikes).
  impossible-date   a day/month(/year) that is not on the calendar (31/4,
                    30/2, 29/2 of a common year, month 13+, day 0), written
                    as a date: with a cue word (ngày, từ, đến, hôm, sáng,
                    chiều, tối, mùng, weekday, ...) or with a 4-digit year,
                    or "ngày D tháng M".
  order             (a) a range "từ (ngày) D1 đến/tới/-/– (ngày) D2" whose
                    end is before its start; (b) a date in the lead (first
                    three lines) that lies more than 2 days after the report's
                    own date, which the corpus does not print and which is
                    estimated from the baomoi id (ids grow with publication
                    time; calibrated on "hôm nay (d/m)" mentions); (c) a
                    document ("Quyết định", "Công văn", "Kế hoạch", ...) cited
                    with a date later than another date in the same sentence;
                    (d) "hôm nay/hôm qua/ngày mai (d/m)" pairs in one article
                    that disagree with each other by the wrong number of days.
"""
import bisect
import datetime as dt
import gzip
import json
import re
import sys

WD_WORDS = {
    'chủ nhật': 6, 'chủ nhựt': 6,
    'thứ hai': 0, 'thứ ba': 1, 'thứ tư': 2, 'thứ năm': 3, 'thứ sáu': 4, 'thứ bảy': 5, 'thứ bẩy': 5,
    'thứ 2': 0, 'thứ 3': 1, 'thứ 4': 2, 'thứ 5': 3, 'thứ 6': 4, 'thứ 7': 5,
}
WD_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WD_RE = r'(?:chủ nhật|chủ nhựt|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7]))'
# a date token: d/m, d-m, d.m with optional year, or "d tháng m (năm y)"
DATE_RE = (r'(?<![\d/.,:-])(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,3})'
           r'(?:(?P=sep)(?P<y>\d{4}|\d{2})(?![\d]))?(?![\d]|[/.-]\d|,\d)'
           r'|(?<=ngày |mùng |mồng )(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|,|/)\s*(?P<y2>\d{4}))?(?!\d)')
GAP_WORD = (r'(?:sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|ngày|hôm|mùng|mồng|này|tới|qua|tuần|vừa|rồi|sau|trước|'
            r'nay|lúc|vào|giờ|là|tức|mới đây|cuối tuần|đầu tuần|giữa|\d{1,2}\s?h\s?\d{0,2}|\d{1,2}:\d{2}|\d{1,2}\s?giờ(?:\s?\d{1,2})?)')
GAP = r'(?:[\s,(–—-]*' + GAP_WORD + r')*[\s,(–—-]*'
WD_THEN_DATE = re.compile(r'(?i)(?<!\w)(?P<wd>' + WD_RE + r')(?!\w)(?P<gap>' + GAP + r')(?:' + DATE_RE + ')')
DATE_THEN_WD = re.compile(r'(?i)(?:' + DATE_RE + r')(?P<gap>\s*\(\s*|,?\s*(?:tức|nhằm|là|rơi vào|vào)\s+(?:ngày\s+|hôm\s+)?|,\s*)(?P<wd>' + WD_RE + r')(?!\w)')
ANY_DATE = re.compile(DATE_RE)
CUE = re.compile(r'(?i)(?:ngày|từ|đến|tới|hôm|sáng|chiều|tối|trưa|đêm|mùng|mồng|trước|sau|hạn|lúc|vào|qua|nay|'
                 + WD_RE + r')[\s,(]*$')
RANGE = re.compile(r'(?i)\btừ\s+(?:ngày\s+|hôm\s+|sáng\s+|chiều\s+|tối\s+)?(?:' + DATE_RE.replace('?P<', '?P<a') .replace('(?P=sep)', '(?P=asep)') + r')'
                   r'\s*(?:đến|tới|-|–|—)\s*(?:hết\s+)?(?:ngày\s+|hôm\s+|sáng\s+|chiều\s+|tối\s+)?(?:' + DATE_RE.replace('?P<', '?P<b').replace('(?P=sep)', '(?P=bsep)') + r')')
DOC_RE = re.compile(r'(?i)(?:quyết định|công văn|kế hoạch|chỉ thị|thông báo|nghị quyết|thông tư|nghị định|văn bản|tờ trình|giấy mời|lệnh|hướng dẫn|công điện)')
REL_RE = re.compile(r'(?i)(hôm nay|hôm qua|ngày mai|hôm kia|ngày kia)\s*[,(]\s*(?:ngày\s+)?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d])')


def dim(m, y):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def mkdate(d, m, y):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse(gd, pre=''):
    if gd.get(pre + 'd') is not None:
        d, m, y, sep = int(gd[pre + 'd']), int(gd[pre + 'm']), gd.get(pre + 'y'), gd[pre + 'sep']
    else:
        d, m, y, sep = int(gd[pre + 'd2']), int(gd[pre + 'm2']), gd.get(pre + 'y2'), 'tháng'
    if y is not None:
        y = int(y)
        if y < 100:
            y += 2000
    return d, m, y, sep


class Bytes:
    """character index -> UTF-8 byte offset"""
    def __init__(self, text):
        self.off = [0]
        acc = 0
        for ch in text:
            acc += len(ch.encode('utf-8'))
            self.off.append(acc)

    def __call__(self, i):
        return self.off[i]


def calibrate(arts):
    pts = []
    pat = re.compile(r'(?i)hôm nay[ ,]*\(?(?:ngày )?(\d{1,2})[/.-](\d{1,2})\b')
    for k, t in arts:
        m = pat.search(t)
        if not m:
            continue
        d = mkdate(int(m.group(1)), int(m.group(2)), 2017)
        if d and dt.date(2017, 5, 1) <= d <= dt.date(2017, 8, 1):
            pts.append((int(k.split('-')[1]), d.toordinal()))
    pts.sort()
    # running median of 15 to drop outliers
    sm = []
    for i in range(len(pts)):
        w = sorted(p[1] for p in pts[max(0, i - 7):i + 8])
        sm.append((pts[i][0], w[len(w) // 2]))
    return sm


def est_date(sm, k):
    n = int(k.split('-')[1])
    xs = [p[0] for p in sm]
    i = bisect.bisect_left(xs, n)
    if i <= 0:
        return dt.date.fromordinal(sm[0][1])
    if i >= len(sm):
        return dt.date.fromordinal(sm[-1][1])
    (x0, y0), (x1, y1) = sm[i - 1], sm[i]
    y = y0 + (y1 - y0) * (n - x0) / max(1, x1 - x0)
    return dt.date.fromordinal(round(y))


def years_ok(d, m, wd):
    return [y for y in range(2012, 2020) if mkdate(d, m, y) and mkdate(d, m, y).weekday() == wd]


def scan(k, t, sm, out):
    B = Bytes(t)
    base = est_date(sm, k)
    seen = set()

    def emit(s, e, kind, what):
        key = (s, e, kind)
        if key in seen:
            return
        seen.add(key)
        out.write(f"{k}\t{B(s)}\t{B(e)}\t{kind}\t{what}\n")

    # weekday + date
    for rx, order in ((WD_THEN_DATE, 'wd>date'), (DATE_THEN_WD, 'date>wd')):
        for m in rx.finditer(t):
            gd = m.groupdict()
            d, mo, y, sep = parse(gd)
            wdw = re.sub(r'\s+', ' ', m.group('wd').lower())
            wd = WD_WORDS.get(wdw)
            if wd is None:
                continue
            yy = y or 2017
            date = mkdate(d, mo, yy)
            if date is None:
                emit(m.start(), m.end(), 'impossible-date', f'{order} {d}{sep}{mo}{sep if y else ""}{y or ""} not a date')
                continue
            okyears = years_ok(d, mo, wd)
            agree = date.weekday() == wd
            if agree and y is None:
                continue
            what = (f"{order} wd={WD_NAMES[wd]} date={d}{sep}{mo}" + (f"{sep}{y}" if y else "") +
                    f" is {WD_NAMES[date.weekday()]} in {yy}; {'AGREE' if agree else 'MISMATCH'}; years agreeing={okyears}")
            emit(m.start(), m.end(), 'weekday-mismatch', what)

    # impossible dates
    for m in ANY_DATE.finditer(t):
        d, mo, y, sep = parse(m.groupdict())
        yy = y or 2017
        if 1 <= mo <= 12 and 1 <= d <= dim(mo, yy) and (y is None or 1000 <= y <= 2100):
            continue
        if d == 0 and mo == 0:
            continue
        pre = t[max(0, m.start() - 25):m.start()]
        cued = bool(CUE.search(pre)) or (y is not None and y >= 1000) or sep == 'tháng'
        if not cued:
            continue
        if mo > 12 or mo == 0 or d == 0:
            why = 'no such month/day'
        elif y is not None and not (1000 <= y <= 2100):
            why = 'odd year'
        else:
            why = f'day {d} > {dim(mo, yy)} days of month {mo} in {yy}'
        emit(m.start(), m.end(), 'impossible-date', f'{d}{sep}{mo}{sep if y else ""}{y or ""}: {why}')

    # uncued day beyond the month's length ("31/9", "30-2"): house numbers, rule names, real slips
    for m in ANY_DATE.finditer(t):
        d, mo, y, sep = parse(m.groupdict())
        if 1 <= mo <= 12 and dim(mo, y or 2017) < d <= 31:
            emit(m.start(), m.end(), 'impossible-date', f'{d}{sep}{mo}: day beyond month length (any context)')

    # loose weekday/date pairs: a weekday word within 60 characters of a date in the same sentence
    for sm_ in re.finditer(r'[^.!?\n]+', t):
        sent = sm_.group(0)
        wds = list(re.finditer(r'(?i)(?<!\w)' + WD_RE + r'(?!\w)', sent))
        if not wds:
            continue
        dts = list(ANY_DATE.finditer(sent))
        for w in wds:
            wd = WD_WORDS.get(re.sub(r'\s+', ' ', w.group(0).lower()))
            near = [x for x in dts if abs(x.start() - w.end()) < 60 or abs(w.start() - x.end()) < 60]
            if wd is None or not near:
                continue
            x = min(near, key=lambda x: min(abs(x.start() - w.end()), abs(w.start() - x.end())))
            d, mo, y, sep = parse(x.groupdict())
            date = mkdate(d, mo, y or 2017)
            if date is None or date.weekday() == wd:
                continue
            s, e = sm_.start() + min(w.start(), x.start()), sm_.start() + max(w.end(), x.end())
            emit(s, e, 'weekday-mismatch', f'loose pair wd={WD_NAMES[wd]} date={d}{sep}{mo} is {WD_NAMES[date.weekday()]} in {y or 2017}; MISMATCH')

    # (a) inverted ranges
    for m in RANGE.finditer(t):
        gd = m.groupdict()
        try:
            d1, m1, y1, _ = parse(gd, 'a')
            d2, m2, y2, _ = parse(gd, 'b')
        except (TypeError, ValueError):
            continue
        yb = y2 or y1 or 2017
        ya = y1 or yb
        a1, a2 = mkdate(d1, m1, ya), mkdate(d2, m2, yb)
        if a1 and a2 and a2 < a1:
            emit(m.start(), m.end(), 'order', f'range end {a2} before start {a1}')
    # range with day-only start: "từ ngày 20 đến 15/3", "từ 20 - 15/3"
    for m in re.finditer(r'(?i)\btừ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?!\d)', t):
        d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if d2 < d1 and 1 <= mo <= 12:
            emit(m.start(), m.end(), 'order', f'range {d1}-{d2}/{mo}: end day before start day')

    # (b) lead dated after the report's own date
    lines = t.split('\n')
    lead_end = sum(len(x) + 1 for x in lines[:3])
    for m in ANY_DATE.finditer(t[:lead_end]):
        d, mo, y, sep = parse(m.groupdict())
        if sep == '.' and y is None and mo > 12:
            continue
        pre = t[max(0, m.start() - 25):m.start()]
        if not CUE.search(pre):
            continue
        if y is not None and y != 2017:
            continue
        date = mkdate(d, mo, 2017)
        if date and (date - base).days > 2:
            post = t[m.end():m.end() + 60]
            fut = bool(re.search(r'(?i)(tới|sắp|sẽ|dự kiến|kế hoạch|chuẩn bị|hạn|trước ngày|đến ngày|kéo dài)', pre + post))
            emit(m.start(), m.end(), 'order', f'lead date {date} vs estimated report date {base} (+{(date - base).days}d){" future-cue" if fut else ""}')

    # (c) document dated after another date in the same sentence
    for sm_ in re.finditer(r'[^.!?\n]+', t):
        sent = sm_.group(0)
        if not DOC_RE.search(sent):
            continue
        dates = []
        for m in ANY_DATE.finditer(sent):
            d, mo, y, sep = parse(m.groupdict())
            date = mkdate(d, mo, y or 2017)
            if date:
                dates.append((m.start(), m.end(), date, y))
        if len(dates) < 2:
            continue
        for doc in DOC_RE.finditer(sent):
            # the first date after the document word within 80 chars is its date
            after = [x for x in dates if 0 <= x[0] - doc.end() <= 80]
            if not after:
                continue
            dd = after[0]
            for ev in dates:
                if ev is dd:
                    continue
                if ev[2] < dd[2] and ev[0] < doc.start():
                    s = sm_.start() + ev[0]
                    e = sm_.start() + dd[1]
                    emit(s, e, 'order', f'doc dated {dd[2]} after earlier date {ev[2]} in the same sentence')

    # (d) relative-day words that disagree
    rel = {'hôm nay': 0, 'hôm qua': -1, 'hôm kia': -2, 'ngày mai': 1, 'ngày kia': 2}
    found = []
    for m in REL_RE.finditer(t):
        date = mkdate(int(m.group(2)), int(m.group(3)), 2017)
        if date:
            found.append((m, date - dt.timedelta(days=rel[m.group(1).lower()])))
    if found:
        for m, today in found:
            if abs((today - base).days) > 3:
                emit(m.start(), m.end(), 'order', f'"{m.group(1).lower()}" implies report date {today}, estimated {base}')
        todays = {x[1] for x in found}
        if len(todays) > 1:
            for m, today in found:
                emit(m.start(), m.end(), 'order', f'relative-day words imply report dates {sorted(str(x) for x in todays)}')


def main():
    path = sys.argv[1]
    arts = []
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            o = json.loads(line)
            arts.append((o['id'], o['text']))
    sm = calibrate(arts)
    out = sys.stdout
    for k, t in arts:
        scan(k, t, sm, out)


if __name__ == '__main__':
    main()
