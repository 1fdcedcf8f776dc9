#!/usr/bin/env python3
"""Candidate scanner for the `references` family of the baolint labelled set.

Usage: scan_references.py news-2017-train.jsonl.gz > candidates.tsv

Prints one candidate per line: id, start, end (UTF-8 byte offsets into the
article's "text"), kind, what.  The net is cast wide; most candidates are
expected to be fine (traps) and are judged by reading them in context.

What it looks for:
  symbol-form      every document symbol ("số ký hiệu") whose shape is unusual:
                   white space or an en dash inside, a missing hyphen between
                   the type and issuer codes (NĐCP, QĐUB), a code in the wrong
                   case or without its Đ (Nđ-CP, QD-TTg, Qh14), a year of 3 or 5
                   digits, a Nghị định / Thông tư / TTLT without its year, a
                   missing type or issuer code, a Party symbol in the State
                   shape (05/CT-TW) or a State one in the Party shape
                   (12-QĐ/TTg), "TƯ" / "T.Ư" for "TW"; also legitimate shapes
                   that look odd (court case numbers, joint circulars, công
                   văn codes, provincial Party codes) so that traps are found.
  issuer-mismatch  the type word written before a symbol ("Quyết định số ...")
                   against the symbol's type code; the issuer named after it
                   ("của Bộ ...", "do ... ban hành") against the issuer code;
                   a Nghị định / NĐ-CP (or a bare "Nghị định N") with "Thủ tướng"
                   just before or after it ("Thủ tướng ... ban hành Nghị định",
                   "Nghị định ... của Thủ tướng"); signing and addressee uses are
                   the traps.
  two-dates        one document (same normalised symbol, or the same type word
                   and bare number) cited with two different dates in one
                   article; every document cited twice with a date in any format
                   (multi), or under two spellings of its number (multi-symbol);
                   and a normative symbol whose year differs from the year of the
                   date cited with it (kind symbol-date; none found in train).
  registry         citations of the Party documents in DOMAIN.md's registry
                   (05-CT/TW, 03-CT/TW, 04-NQ/TW ... and "Nghị quyết Trung ương
                   4 khóa XII", any plenum and khóa) with the date, khóa and issuer
                   stated near them; every other central Party symbol (/TW) with a
                   khóa, issuer or date near it (number reuse across terms).
Standard library only.
"""
import gzip
import json
import re
import sys
import unicodedata

L = r"A-Za-zĐđƯưÐð&"
SP = r"[ \t\u00a0]*"
DASH = r"[-–—]"
# a State-shaped symbol: number / [year /] code(-code)*
STATE = re.compile(
    r"(?<![\w/.,\-])(\d{1,5}[a-z]?(?:-\d{4})?)" + SP + r"/" + SP +
    r"(?:(\d{1,5})" + SP + r"/" + SP + r")?"
    r"([" + L + r"][" + L + r"0-9.]*(?:" + SP + DASH + SP + r"[" + L + r"][" + L + r"0-9.]*)*)"
    r"(" + SP + DASH + r")?")
# a Party-shaped symbol: number - TYPE / ISSUER
PARTY = re.compile(
    r"(?<![\w/.,\-])(\d{1,4})(" + SP + DASH + SP + r"|)([" + L + r"]{1,6})" + SP + r"/" + SP +
    r"([" + L + r"][" + L + r".]{0,12})")

STATE_TYPES = {"NĐ", "TT", "QĐ", "NQ", "CT", "TTLT", "NQLT", "CĐ", "TB", "HD", "KH", "BC", "TTr", "CTr",
               "QC", "QyĐ", "PL", "L", "ĐA", "PA", "DA", "BB", "GP", "QĐ-XPVPHC", "KL", "TTg", "CV"}
PARTY_TYPES = {"NQ", "CT", "QĐ", "QĐi", "KL", "KH", "HD", "TB", "QC", "CTr", "CV", "TT", "BC", "TTr", "QĐNS",
               "ĐA", "CĐ"}
PARTY_ISSUERS = {"TW", "TU", "HU", "ĐU", "ĐUK", "VPTW", "BTGTW", "UBKTTW", "BCĐTW", "ĐUCA", "QUTW", "BTCTW",
                 "BDVTW", "BĐNTW", "TƯ", "T.Ư"}
KNOWN = {"NĐ", "TT", "QĐ", "NQ", "CT", "TTLT", "CP", "TTg", "UBND", "HĐND", "BTC", "BYT", "BCT", "QH", "CĐ", "TW",
         "BXD", "BGTVT", "BCA", "NHNN", "BTNMT", "BNNPTNT", "BGDĐT", "BLĐTBXH", "BTTTT", "BVHTTDL", "BKHĐT", "BTP",
         "BNV", "BQP", "VPCP", "UBTVQH", "KL", "TB", "HD", "KH", "BC"}
KNOWN_UP = {k.upper(): k for k in KNOWN}
COURT = re.compile(r"^(HS|DS|HC|KDTM|LĐ|HNGĐ|DSST|HSST|HSPT|DSPT|QĐST|QĐPT|QĐ-ST|ST|PT)", re.I)

TYPEWORDS = {
    "Nghị định": {"NĐ"}, "Thông tư liên tịch": {"TTLT"}, "Thông tư": {"TT"}, "Quyết định": {"QĐ", "QĐNS"},
    "Chỉ thị": {"CT"}, "Nghị quyết liên tịch": {"NQLT"}, "Nghị quyết": {"NQ"}, "Kết luận": {"KL"},
    "Quy định": {"QĐ", "QĐi", "QyĐ", "QĐ-TW"}, "Thông báo": {"TB"}, "Kế hoạch": {"KH"}, "Hướng dẫn": {"HD"},
    "Công điện": {"CĐ"}, "Chương trình": {"CTr"}, "Tờ trình": {"TTr"}, "Báo cáo": {"BC"}, "Luật": {"QH"},
    "Pháp lệnh": {"UBTVQH"}, "Quy chế": {"QC"}, "Thông tri": {"TT"}, "Đề án": {"ĐA"}, "Công văn": set(),
}
TYPEWORD_RE = re.compile(r"(" + "|".join(sorted(TYPEWORDS, key=len, reverse=True)) + r")" +
                         r"(?:\s+(?:liên tịch|liên bộ))?\s*(?:số|số:|số hiệu)?\s*$", re.I)
ISSUER_NAMES = [
    ("Thủ tướng", {"TTg"}), ("Chính phủ", {"CP"}), ("Bộ Tài chính", {"BTC"}), ("Bộ Y tế", {"BYT"}),
    ("Bộ Công Thương", {"BCT"}), ("Bộ Xây dựng", {"BXD"}), ("Bộ Giao thông vận tải", {"BGTVT"}),
    ("Bộ GTVT", {"BGTVT"}), ("Bộ Công an", {"BCA"}), ("Ngân hàng Nhà nước", {"NHNN"}),
    ("Bộ Tài nguyên và Môi trường", {"BTNMT"}), ("Bộ TN&MT", {"BTNMT"}), ("Bộ TN-MT", {"BTNMT"}),
    ("Bộ Nông nghiệp", {"BNNPTNT", "BNN"}), ("Bộ NN&PTNT", {"BNNPTNT"}),
    ("Bộ Giáo dục", {"BGDĐT", "BGD&ĐT"}), ("Bộ GD&ĐT", {"BGDĐT", "BGD&ĐT"}), ("Bộ GD-ĐT", {"BGDĐT"}),
    ("Bộ Lao động", {"BLĐTBXH"}), ("Bộ LĐ-TB&XH", {"BLĐTBXH"}), ("Bộ Thông tin", {"BTTTT"}),
    ("Bộ TT&TT", {"BTTTT"}), ("Bộ Văn hóa", {"BVHTTDL"}), ("Bộ VH-TT&DL", {"BVHTTDL"}),
    ("Bộ Kế hoạch", {"BKHĐT"}), ("Bộ KH&ĐT", {"BKHĐT"}), ("Bộ Tư pháp", {"BTP"}), ("Bộ Nội vụ", {"BNV"}),
    ("Bộ Quốc phòng", {"BQP"}), ("Bộ Khoa học", {"BKHCN"}), ("Bộ KH&CN", {"BKHCN"}), ("Bộ Ngoại giao", {"BNG"}),
    ("UBND", {"UBND"}), ("Ủy ban nhân dân", {"UBND"}), ("Uỷ ban nhân dân", {"UBND"}), ("HĐND", {"HĐND"}),
    ("Hội đồng nhân dân", {"HĐND"}), ("Quốc hội", {"QH"}), ("Ủy ban Thường vụ Quốc hội", {"UBTVQH"}),
    ("Bộ Chính trị", {"TW"}), ("Ban Bí thư", {"TW"}), ("Ban Chấp hành Trung ương", {"TW"}),
    ("Trung ương", {"TW"}), ("Tỉnh ủy", {"TU"}), ("Thành ủy", {"TU"}), ("Tổng cục Hải quan", {"TCHQ"}),
    ("Thanh tra Chính phủ", {"TTCP"}), ("Văn phòng Chính phủ", {"VPCP"}), ("Bảo hiểm xã hội", {"BHXH"}),
]
DATE = re.compile(r"(?:ngày|ngầy|ban hành)?\s*(\d{1,2})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{4})|"
                  r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
REGISTRY = {
    "06-CT/TW": ("07/11/2006", "X", "Bộ Chính trị"), "03-CT/TW": ("14/05/2011", "XI", "Bộ Chính trị"),
    "05-CT/TW": ("15/05/2016", "XII", "Bộ Chính trị"), "04-NQ/TW": ("30/10/2016", "XII", "BCH TW"),
    "12-NQ/TW": ("2012", "XI", "BCH TW"), "33-NQ/TW": ("09/06/2014", "XI", "BCH TW"),
    "101-QĐ/TW": ("07/06/2012", "XI", "Ban Bí thư"), "47-QĐ/TW": ("01/11/2011", "XI", "BCH TW"),
    "55-QĐ/TW": ("19/12/2016", "XII", "Bộ Chính trị"), "42-CT/TW": ("24/03/2015", "XI", "Ban Bí thư"),
    "66-QĐ/TW": ("06/02/2017", "XII", "Ban Bí thư"), "1973/CT-TTg": ("07/11/2011", "-", "Thủ tướng"),
    "03-KH/TW": ("2011", "XI", "Ban Bí thư"), "13-CT/TW": ("12/01/2017", "XII", "Ban Bí thư"),
    "30-QĐ/TW": ("26/07/2016", "XII", "BCH TW"), "115-QĐ/TW": ("07/12/2007", "X", "Bộ Chính trị"),
}
REG_PROSE = re.compile(r"(Nghị quyết\s+(?:Trung ương|TW|T\.Ư|TƯ|Hội nghị Trung ương)\s*(?:lần thứ\s*)?"
                       r"(?:\d{1,2}|bốn|tư)[^.\n]{0,20}?[Kk]hóa\s*(?:[XIV]+|\d{1,2}))|"
                       r"(Chỉ thị\s+(?:số\s+)?0?[356](?![\d/-])[^.\n]{0,60})|"
                       r"(Quy định\s+(?:số\s+)?(?:101|47|55)(?![\d/-]))", re.I)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("Ð", "Đ").replace("ð", "đ")
    return re.sub(r"\s+", "", s).replace("–", "-").replace("—", "-")


def canon(s):
    return norm(s).upper().replace("TƯ", "TW").replace("T.Ư", "TW")


def classify_state(m):
    """Flags for a State-shaped symbol match."""
    num, year, codes, trail = m.group(1), m.group(2), m.group(3), m.group(4)
    raw = m.group(0)
    flags = []
    groups = [g.strip() for g in re.split(DASH, codes)]
    if not any(ch.isupper() for ch in codes) and codes.upper() not in ("NĐ-CP", "QĐ-TTG", "TT-BTC"):
        return None  # a URL slug or plain lower-case word
    if len(groups[0]) > 14:
        return None
    if re.search(r"[ \t\u00a0]", raw.strip()):
        flags.append("space")
    if re.search(r"[–—]", raw):
        flags.append("dash")
    if trail:
        flags.append("trailing-hyphen")
    if year is not None:
        if len(year) != 4:
            flags.append("year-digits")
        elif not 1945 <= int(year) <= 2018:
            flags.append("year-range")
    g0 = groups[0]
    for g in groups:
        gu = g.upper().rstrip(".")
        base = re.sub(r"\d+$", "", g)
        if base.upper() in KNOWN_UP and base != KNOWN_UP[base.upper()] and base not in ("Tt",):
            flags.append("case:" + g)
        if gu in ("QD", "ND", "QD-TTG"):
            flags.append("no-Đ:" + g)
        for t in ("NĐ", "QĐ", "NQ", "CT", "TT"):
            for i in ("CP", "TTG", "UBND", "UB", "TW", "BTC", "BYT"):
                if gu == t + i:
                    flags.append("no-hyphen:" + g)
    if g0 in ("NQ", "CT", "QĐ", "KL", "CĐ") and len(groups) > 1 and groups[1] in ("TW", "TƯ"):
        flags.append("party-in-state-shape")
    if g0 in ("NĐ",) and year is None:
        flags.append("no-year")
    if g0 in ("TT", "TTLT") and year is None and len(groups) > 1:
        flags.append("no-year")
    if year is not None and len(groups) == 1 and g0 in STATE_TYPES:
        flags.append("no-issuer")
    if year is not None and len(groups) == 1 and g0 in ("CP", "TTg", "BTC"):
        flags.append("no-type")
    if COURT.match(g0) and year is not None:
        flags.append("court")
    if g0 == "TTLT":
        flags.append("joint")
    if g0 in ("UBND", "HĐND") or (len(groups) > 1 and groups[1] in ("UBND", "HĐND")):
        flags.append("local")
    if year is None and g0 not in STATE_TYPES and g0 not in PARTY_TYPES:
        flags.append("cong-van")
    return flags


def classify_party(m):
    num, sep, typ, iss = m.group(1), m.group(2), m.group(3), m.group(4).rstrip(".")
    flags = []
    if not any(ch.isupper() for ch in typ + iss):
        if (typ.upper() in PARTY_TYPES or typ.upper() in ("QĐ",)) and iss.upper() in ("TW", "TƯ"):
            flags.append("lower-case")
        else:
            return None
    if typ.upper() not in {t.upper() for t in PARTY_TYPES} and typ not in STATE_TYPES:
        if not (iss in PARTY_ISSUERS):
            return None
        flags.append("odd-type:" + typ)
    if re.search(r"[ \t\u00a0]", m.group(0)):
        flags.append("space")
    if re.search(r"[–—]", m.group(0)):
        flags.append("dash")
    if sep == "":
        flags.append("no-hyphen")
    if iss in ("TƯ", "T.Ư", "Tư", "TU'") or iss.startswith("T.Ư"):
        flags.append("TƯ")
    if iss in ("TTg", "CP", "BTC", "UBND", "BYT"):
        flags.append("state-in-party-shape")
    if typ != typ.upper() and typ not in ("QĐi", "CTr", "TTr"):
        flags.append("case:" + typ)
    if iss not in PARTY_ISSUERS and iss.upper() in PARTY_ISSUERS:
        flags.append("case:" + iss)
    if iss in ("TU", "HU", "ĐU", "ĐUK", "BTGTW", "VPTW", "UBKTTW"):
        flags.append("local-party")
    if iss not in PARTY_ISSUERS and iss.upper() not in PARTY_ISSUERS:
        flags.append("other-issuer:" + iss)
    return flags


class Art:
    def __init__(self, text):
        self.t = text
        self._b = None

    def b(self, i):
        return len(self.t[:i].encode("utf-8"))


def dates_near(t, s, e, before=40, after=60):
    """Dates within a window after (and just before) a span; returns list of (d,m,y,pos)."""
    out = []
    seg = t[e:e + after]
    cut = re.search(r"[.;\n](?:\s|$)|\b(?:và|Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Luật)\b", seg)
    seg2 = seg[:cut.start()] if cut else seg
    for m in DATE.finditer(seg2):
        g = m.groups()
        d, mo, y = (g[0], g[2], g[3]) if g[0] else (g[4], g[5], g[6])
        out.append((int(d), int(mo), int(y), e + m.start(), e + m.end()))
    return out


def main(path):
    out = sys.stdout
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            rid, t = rec["id"], rec["text"]
            a = Art(t)
            cites = {}   # canonical symbol -> list of (date, s, e)
            seen = set()
            syms = []
            for m in STATE.finditer(t):
                fl = classify_state(m)
                if fl is None:
                    continue
                if re.fullmatch(r"\d+", m.group(3) or ""):
                    continue
                syms.append(("state", m.start(), m.end(), m.group(0).rstrip(" -–"), fl, m))
            for m in PARTY.finditer(t):
                fl = classify_party(m)
                if fl is None:
                    continue
                syms.append(("party", m.start(), m.end(), m.group(0), fl, m))
            for shape, s, e, raw, fl, m in syms:
                seen.add((s, e))
                out.write(f"{rid}\t{a.b(s)}\t{a.b(e)}\tsymbol-form\t{shape}:{raw}|{','.join(fl) or 'plain'}\n")
                # type word before the symbol
                pre = t[max(0, s - 40):s]
                tw = TYPEWORD_RE.search(pre)
                codes = norm(raw)
                if tw:
                    word = tw.group(1)
                    wk = next((k for k in TYPEWORDS if k.lower() == word.lower()), None)
                    if shape == "party":
                        tcode = m.group(3)
                    else:
                        gs = re.split(r"[-–—]", norm(m.group(3)))
                        tcode = gs[0]
                    ok = wk and (tcode in TYPEWORDS[wk] or (wk == "Luật" and tcode.startswith("QH")) or
                                 (wk == "Pháp lệnh" and tcode.startswith("UBTVQH")) or wk == "Công văn")
                    ws = s - len(pre) + tw.start()
                    out.write(f"{rid}\t{a.b(ws)}\t{a.b(e)}\tissuer-mismatch\ttypeword:{word}|{tcode}|{'ok' if ok else 'DIFF'}\n")
                # issuer named after it
                post = t[e:e + 90]
                im = re.match(r"[^.;\n]{0,45}?\b(?:của|do)\s+(?:Bộ trưởng\s+)?", post)
                if im:
                    rest = post[im.end():]
                    for name, cs in ISSUER_NAMES:
                        if rest.startswith(name):
                            allc = norm(raw).upper()
                            ok = any(c.upper() in allc for c in cs)
                            if name == "Trung ương" or name.startswith("Ban Chấp") or name in ("Bộ Chính trị", "Ban Bí thư"):
                                ok = "TW" in allc or "TƯ" in allc
                            ie = e + im.end() + len(name)
                            out.write(f"{rid}\t{a.b(s)}\t{a.b(ie)}\tissuer-mismatch\tissuer:{name}|{raw}|{'ok' if ok else 'DIFF'}\n")
                            break
                if "NĐ" in norm(raw).upper():
                    win = t[s:min(len(t), e + 80)]
                    if re.search(r"Thủ tướng", win):
                        out.write(f"{rid}\t{a.b(s)}\t{a.b(e + 80)}\tissuer-mismatch\tdecree-pm:{raw}\n")
                    bm = re.search(r"(Thủ tướng[^.;\n]{0,50})$", t[max(0, s - 70):s])
                    if bm:
                        bs = s - len(t[max(0, s - 70):s]) + bm.start()
                        out.write(f"{rid}\t{a.b(bs)}\t{a.b(e)}\tissuer-mismatch\tdecree-pm-before:{raw}\n")
                # every central Party symbol: its stated date / khóa / issuer (registry look-alikes, number reuse)
                if shape == "party" and m.group(4).rstrip(".") in ("TW", "TƯ", "T.Ư") and canon(raw).replace("QĐI", "QĐ") not in {canon(k) for k in REGISTRY}:
                    win = t[s:min(len(t), e + 120)]
                    km = re.search(r"[Kk]hóa\s*([XIV]+|\d+)", win)
                    im2 = re.search(r"(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH T\.?Ư|Trung ương)", win)
                    dd = dates_near(t, s, e, after=120)
                    if km or im2 or dd:
                        out.write(f"{rid}\t{a.b(s)}\t{a.b(e)}\tregistry\tcentral-party:{raw}|khoa={km.group(1) if km else '-'}|by={im2.group(1) if im2 else '-'}\n")
                # dates
                for d, mo, y, ds, de in dates_near(t, s, e):
                    key = canon(raw)
                    cites.setdefault(key, []).append(((d, mo, y), s, de, raw))
                    ym = re.search(r"/(\d{4})/", norm(raw))
                    if ym and int(ym.group(1)) != y:
                        out.write(f"{rid}\t{a.b(s)}\t{a.b(de)}\tsymbol-date\t{raw}|{d}/{mo}/{y}\n")
                    break
                # registry
                key = canon(raw).replace("QĐI", "QĐ")
                for rk in REGISTRY:
                    if canon(rk) == key:
                        win = t[s:min(len(t), e + 120)]
                        dd = dates_near(t, s, e, after=120)
                        km = re.search(r"khóa\s*([XIV]+|\d+)", win)
                        im2 = re.search(r"(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương)", win)
                        info = "date=" + (f"{dd[0][0]}/{dd[0][1]}/{dd[0][2]}" if dd else "-")
                        info += " khoa=" + (km.group(1) if km else "-") + " by=" + (im2.group(1) if im2 else "-")
                        ee = dd[0][4] if dd else e
                        out.write(f"{rid}\t{a.b(s)}\t{a.b(ee)}\tregistry\t{rk}|reg={REGISTRY[rk]}|{info}\n")
            # bare "Nghị định N" near "Thủ tướng" (decree attributed to the Prime Minister)
            for m in re.finditer(r"[Nn]ghị định\s+(?:số\s+)?(\d{1,4})(?![\d/\-–])", t):
                aft = t[m.end():m.end() + 60]
                bef = t[max(0, m.start() - 70):m.start()]
                am = re.match(r"[^.;\n]{0,40}?(?:của|do)\s+(?:Phó\s+)?Thủ tướng", aft)
                bm = re.search(r"Thủ tướng[^.;\n]{0,50}$", bef)
                if am:
                    out.write(f"{rid}\t{a.b(m.start())}\t{a.b(m.end() + am.end())}\tissuer-mismatch\tdecree-pm-bare:{m.group(0)}\n")
                elif bm:
                    out.write(f"{rid}\t{a.b(m.start() - len(bef) + bm.start())}\t{a.b(m.end())}\tissuer-mismatch\tdecree-pm-bare:{m.group(0)}\n")
            # one document cited twice with a date (any format): read for two-dates, equal or not
            bare2 = re.compile(r"(Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Công văn|Kết luận|Quy định|Kế hoạch|"
                               r"văn bản|công văn|quyết định|Luật)\s+(?:số\s+)?(\d[0-9/A-ZĐa-z\-–]{0,30})")
            dd2 = re.compile(r"(\d{1,2})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
            multi = {}
            for m in bare2.finditer(t):
                w = t[m.end():m.end() + 35]
                mm = re.match(r"\s*[,(]?\s*(?:ban hành|ký)?\s*(?:vào\s+)?(?:ngày|ngầy)?\s*", w)
                dm = dd2.match(w[mm.end():])
                if dm:
                    g = dm.groups()
                    dt = (g[0], g[2], g[3]) if g[0] else (g[4], g[5], g[6])
                    multi.setdefault(re.match(r"\d+", m.group(2)).group(), []).append(
                        ("/".join(str(int(x)) for x in dt), m.start(), m.end() + mm.end() + dm.end()))
            allc = {}
            for m in bare2.finditer(t):
                allc.setdefault((m.group(1).lower(), re.match(r"\d+", m.group(2)).group()), []).append(m)
            for (w, k), ms in allc.items():
                syms_ = {norm(x.group(2)).rstrip(".,").upper() for x in ms}
                if len(ms) > 1 and len(syms_) > 1 and k in multi:
                    out.write(f"{rid}\t{a.b(ms[0].start())}\t{a.b(ms[-1].end())}\ttwo-dates\tmulti-symbol:{w} {k}|{';'.join(sorted(syms_))}\n")
            for k, v in multi.items():
                if len(v) > 1:
                    out.write(f"{rid}\t{a.b(v[0][1])}\t{a.b(v[-1][2])}\ttwo-dates\tmulti:{k}|{';'.join(x[0] for x in v)}\n")
            # bare "type word + number" citations with dates
            for m in re.finditer(r"(Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Công văn)\s+(?:số\s+)?(\d{1,5})(?![\d/\-–])", t):
                for d, mo, y, ds, de in dates_near(t, m.start(), m.end(), after=40):
                    cites.setdefault(m.group(1) + "#" + m.group(2), []).append(((d, mo, y), m.start(), de, m.group(0)))
                    break
            # two dates for one document: compare full symbols, and bare numbers with the full ones
            merged = {}
            for k, v in cites.items():
                if "#" in k:
                    continue
                mm = re.match(r"(\d+)", k)
                merged.setdefault(k, []).extend(v)
            for k, v in cites.items():
                if "#" not in k:
                    continue
                word, num = k.split("#")
                code = {"Nghị định": "NĐ", "Thông tư": "TT", "Quyết định": "QĐ", "Chỉ thị": "CT",
                        "Nghị quyết": "NQ", "Công văn": ""}[word]
                hits = [fk for fk in merged if re.match(num + r"(?![\d])", fk) and (code == "" or code in fk)]
                if len(hits) == 1:
                    merged[hits[0]].extend(v)
                else:
                    merged.setdefault(k, []).extend(v)
            for k, v in merged.items():
                ds = {x[0] for x in v}
                if len(ds) > 1:
                    v.sort(key=lambda x: x[1])
                    s, e = v[0][1], max(x[2] for x in v)
                    what = ";".join(f"{x[3]}@{x[0][0]}/{x[0][1]}/{x[0][2]}" for x in v)
                    out.write(f"{rid}\t{a.b(s)}\t{a.b(e)}\ttwo-dates\t{k}|{what}\n")
            # prose citations of registry documents
            for m in REG_PROSE.finditer(t):
                if any(s <= m.start() < e for s, e in seen):
                    continue
                out.write(f"{rid}\t{a.b(m.start())}\t{a.b(m.end())}\tregistry\tprose:{m.group(0)[:60]}\n")
            # symbols with no digits-first shape: missing hyphen between type and issuer, e.g. "Chỉ thị 05CT/TW"
            for m in re.finditer(r"(?<![\w/])(\d{1,4})(CT|NQ|QĐ|KL)(/?)(TW|TƯ)\b", t):
                if (m.start(), m.end()) in seen:
                    continue
                out.write(f"{rid}\t{a.b(m.start())}\t{a.b(m.end())}\tsymbol-form\tglued:{m.group(0)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
