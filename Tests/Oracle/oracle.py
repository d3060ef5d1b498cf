#!/usr/bin/env python3
"""Relance oracle: an independent reading of the book contract, in plain Python.

    python3 Tests/Oracle/oracle.py BOOK_DIR [--as-of YYYY-MM-DD] > expected.json
    python3 ../shared/tools/compare-summary.py expected.json output/summary.json

Written from shared/spec/book-format.md and shared/spec/legal-fr.md only, without looking at the
Swift sources, so that the two implementations cross-check each other. Standard library only; money
is integer cents, rates are Fractions, nothing is ever a float. Exit status 0 on success, 1 when the
book has errors (all printed on stderr, as `file:line:column: reason`), 64 on a usage error.

Decisions on points the contract leaves open are listed in Tests/Oracle/README.md, together with the
penalty computations checked by hand.
"""

import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction

try:
    import tomllib
except ImportError:  # pragma: no cover - Python < 3.11
    sys.stderr.write("oracle.py needs Python 3.11+ (tomllib)\n")
    sys.exit(2)

# ---------------------------------------------------------------------------------------------
# legal-fr.md §4, typed from the spec: half-year -> (ECB MRO, legal rate "A"), in percent.
# B2B default = ECB + 10; contractual floor = 3 x A. 2026 H2 is not confirmed: absent on purpose.
RATES = {
    (2015, 1): ("0.05", "0.93"), (2015, 2): ("0.05", "0.99"),
    (2016, 1): ("0.05", "1.01"), (2016, 2): ("0.00", "0.93"),
    (2017, 1): ("0.00", "0.90"), (2017, 2): ("0.00", "0.90"),
    (2018, 1): ("0.00", "0.89"), (2018, 2): ("0.00", "0.88"),
    (2019, 1): ("0.00", "0.86"), (2019, 2): ("0.00", "0.87"),
    (2020, 1): ("0.00", "0.87"), (2020, 2): ("0.00", "0.84"),
    (2021, 1): ("0.00", "0.79"), (2021, 2): ("0.00", "0.76"),
    (2022, 1): ("0.00", "0.76"), (2022, 2): ("0.00", "0.77"),
    (2023, 1): ("2.50", "2.06"), (2023, 2): ("4.00", "4.22"),
    (2024, 1): ("4.50", "5.07"), (2024, 2): ("4.25", "4.92"),
    (2025, 1): ("3.15", "3.71"), (2025, 2): ("2.15", "2.76"),
    (2026, 1): ("2.15", "2.62"),
}

STAGES = ["none", "reminder_1", "reminder_2", "reminder_3", "formal_notice", "handed_over"]
ESCALATION_RANK = {"reminder_1": 1, "reminder_2": 2, "reminder_3": 3, "formal_notice": 4, "handover": 5}
LEDGER_KINDS = {"invoice": "invoice", "credit_note": "credit_note", "payment": "payment",
                "facture": "invoice", "avoir": "credit_note", "reglement": "payment"}
LOG_KINDS = {"reminder_1", "reminder_2", "reminder_3", "formal_notice", "handover", "call", "email",
             "letter", "meeting", "reply", "note", "dispute", "dispute_closed", "promise",
             "payment_plan", "acknowledgement", "delivery"}
CHANNELS = {"email", "letter", "registered_letter", "e_registered_letter", "phone", "visit", "portal"}
DEFAULT_POLICY = {"reminder_1": 7, "reminder_2": 15, "reminder_3": 15, "formal_notice": 15,
                  "call_after_reminder_3": 5, "notice_deadline": 8, "payment_deadline": 8,
                  "promise_grace": 3, "aging": [30, 60, 90, 120], "claim_settled_late": True}
DAY = dt.timedelta(days=1)


class BookError(Exception):
    pass


class Errors:
    def __init__(self):
        self.items = []

    def add(self, file, line, column, why):
        self.items.append(f"{file}:{line}:{column}: {why}")


# --------------------------------------------------------------------------------- CSV dialect

def norm_enum(s):
    """case-insensitive, French accents optional"""
    s = unicodedata.normalize("NFD", s.strip().lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def decode(path, raw, encoding, errors):
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if encoding == "windows-1252":
        return raw.decode("cp1252", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        errors.add(path, line, 0, f"not valid UTF-8 (byte 0x{raw[e.start]:02X})")
        return None


def detect_separator(text):
    header_counts = {";": 0, "\t": 0, ",": 0}
    inq = False
    for c in text:
        if c == '"':
            inq = not inq
        elif not inq and c in "\r\n":
            break
        elif not inq and c in header_counts:
            header_counts[c] += 1
    best = max(header_counts.values())
    winners = [s for s, n in header_counts.items() if n == best]
    if len(winners) != 1:
        return None
    return winners[0]


def parse_records(text, sep, fname, errors):
    """RFC 4180 over a whole text. Returns [(line_no, [fields])]; blank lines skipped."""
    records = []
    i, n, line = 0, len(text), 1
    while i < n:
        start_line = line
        fields, field, quoted_field = [], [], False
        at_field_start = True
        while True:
            if i >= n:
                fields.append("".join(field))
                break
            c = text[i]
            if at_field_start and c == '"':
                quoted_field = True
                at_field_start = False
                i += 1
                while True:
                    if i >= n:
                        errors.add(fname, start_line, len(fields) + 1, "unterminated quoted field")
                        break
                    c = text[i]
                    if c == '"':
                        if i + 1 < n and text[i + 1] == '"':
                            field.append('"')
                            i += 2
                            continue
                        i += 1
                        break
                    if c == "\n":
                        line += 1
                    field.append(c)
                    i += 1
                if i < n and text[i] not in (sep, "\r", "\n"):
                    errors.add(fname, line, len(fields) + 1, "characters after a closing quote")
                    while i < n and text[i] not in (sep, "\r", "\n"):
                        i += 1
                continue
            if c == sep:
                fields.append("".join(field))
                field, quoted_field, at_field_start = [], False, True
                i += 1
                continue
            if c in "\r\n":
                fields.append("".join(field))
                if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                    i += 1
                i += 1
                line += 1
                break
            if c == '"' and not quoted_field:
                errors.add(fname, line, len(fields) + 1, "quote inside an unquoted field")
            field.append(c)
            at_field_start = False
            i += 1
        if len(fields) == 1 and fields[0] == "" and not quoted_field:
            continue  # blank line
        records.append((start_line, fields))
    return records


def read_table(book, name, encoding, errors, required):
    path = os.path.join(book, name)
    if not os.path.isfile(path):
        errors.add(name, 0, 0, "file missing")
        return None, []
    with open(path, "rb") as f:
        raw = f.read()
    text = decode(name, raw, encoding, errors)
    if text is None:
        return None, []
    sep = detect_separator(text)
    if sep is None:
        errors.add(name, 1, 0, "cannot detect the separator (tie between ; tab ,)")
        return None, []
    recs = parse_records(text, sep, name, errors)
    if not recs:
        errors.add(name, 1, 0, "no header line")
        return sep, []
    header = [h.strip().lower() for h in recs[0][1]]
    for col in required:
        if col not in header:
            errors.add(name, recs[0][0], 0, f"required column '{col}' missing")
    rows = []
    for line, fields in recs[1:]:
        if all(f.strip() == "" for f in fields):
            continue  # a row of empty cells counts as blank (spreadsheet exports)
        if len(fields) != len(header):
            errors.add(name, line, 0, f"{len(fields)} fields, header has {len(header)}")
            continue
        row = {}
        for idx, h in enumerate(header):
            row.setdefault(h, (fields[idx], idx + 1))
        rows.append((line, row))
    return sep, rows


RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
RE_FR = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
RE_DT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$")


def parse_date(s):
    s = s.strip()
    m = RE_ISO.match(s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = RE_FR.match(s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    raise ValueError(f"'{s}' is not a date (YYYY-MM-DD or DD/MM/YYYY)")


def parse_datetime(s):
    s = s.strip()
    m = RE_DT.match(s)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        h, mi = int(m[4]), int(m[5])
        if h > 23 or mi > 59:
            raise ValueError(f"'{s}' has an invalid time")
        return d, (h, mi)
    return parse_date(s), None


RE_AMT_DOT = re.compile(r"^(\d+)(?:\.(\d{1,2}))?$")
RE_AMT_COMMA = re.compile(r"^(\d+)(?:,(\d{1,2}))?$")
RE_AMT_SPACED = re.compile(r"^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:,(\d{1,2}))?$")


def parse_amount(s, sep):
    """-> integer cents, strictly positive"""
    s = s.strip()
    m = RE_AMT_DOT.match(s)
    if not m and sep in (";", "\t"):
        m = RE_AMT_COMMA.match(s) or RE_AMT_SPACED.match(s)
    if not m:
        raise ValueError(f"'{s}' is not an amount")
    units = int(re.sub(r"[ \u00a0\u202f]", "", m[1]))
    cents = int((m[2] or "").ljust(2, "0"))
    v = units * 100 + cents
    if v <= 0:
        raise ValueError(f"amount '{s}' must be strictly positive")
    return v


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 Feb -> 28 Feb
        return d.replace(year=d.year + n, day=28)


def half_year(d):
    return (d.year, 1 if d.month <= 6 else 2)


def next_half_start(d):
    return dt.date(d.year, 7, 1) if d.month <= 6 else dt.date(d.year + 1, 1, 1)


def round_half_up(x):
    """x: non-negative Fraction of cents -> int cents"""
    return (x.numerator * 2 + x.denominator) // (2 * x.denominator)


# --------------------------------------------------------------------------------- the book

class Book:
    pass


def load_config(book, errors):
    path = os.path.join(book, "relance.toml")
    if not os.path.isfile(path):
        errors.add("relance.toml", 0, 0, "file missing")
        return {}
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        errors.add("relance.toml", 0, 0, str(e))
        return {}


def load_book(book_dir, as_of_arg):
    errors = Errors()
    B = Book()
    cfg = load_config(book_dir, errors)
    pol = dict(DEFAULT_POLICY)
    pol.update(cfg.get("policy", {}) or {})
    B.policy = pol
    B.encoding = ((cfg.get("input") or {}).get("encoding") or "utf-8").lower()
    pen = cfg.get("penalties") or {}
    rate = pen.get("rate", "statutory")
    B.contract_rate = None if str(rate).strip().lower() == "statutory" else Fraction(str(rate).strip())
    B.indemnity = parse_amount(str(pen.get("indemnity", "40.00")), ",")
    B.currency = ((cfg.get("output") or {}).get("currency") or "EUR")
    cred = cfg.get("creditor") or {}
    if cred.get("siren"):
        s = re.sub(r"\s", "", str(cred["siren"]))
        if not (len(s) == 9 and s.isdigit() and luhn_ok(s)):
            errors.add("relance.toml", 0, 0, f"creditor SIREN '{cred['siren']}' fails the Luhn key")

    if as_of_arg:
        B.as_of = parse_date(as_of_arg)
    else:
        pinned = (cfg.get("build") or {}).get("as_of")
        if isinstance(pinned, dt.date):
            B.as_of = pinned
        elif pinned:
            B.as_of = parse_date(str(pinned))
        else:
            B.as_of = dt.date.today()
    A = B.as_of

    # ---- debtors.csv
    dsep, drows = read_table(book_dir, "debtors.csv", B.encoding, errors, ["id", "name"])
    B.debtors = {}
    for line, r in drows:
        def v(col):
            return r.get(col, ("", 0))[0].strip()
        did = unicodedata.normalize("NFC", v("id"))
        if not did:
            errors.add("debtors.csv", line, r["id"][1] if "id" in r else 0, "id is empty")
            continue
        if did in B.debtors:
            errors.add("debtors.csv", line, r["id"][1], f"duplicate debtor id '{did}'")
            continue
        if not v("name"):
            errors.add("debtors.csv", line, r["name"][1], "name is empty")
        typ = norm_enum(v("type")) or "business"
        if typ not in ("business", "consumer"):
            errors.add("debtors.csv", line, r["type"][1], f"unknown type '{v('type')}'")
        seg = norm_enum(v("segment")) or "regular"
        if seg not in ("strategic", "regular", "new"):
            errors.add("debtors.csv", line, r["segment"][1], f"unknown segment '{v('segment')}'")
        siren = re.sub(r"[ \u00a0\u202f]", "", v("siren"))
        if siren and not (len(siren) == 9 and siren.isdigit() and luhn_ok(siren)):
            errors.add("debtors.csv", line, r["siren"][1], f"SIREN '{v('siren')}' fails the Luhn key")
        B.debtors[did] = {"id": did, "name": v("name"), "type": typ, "segment": seg,
                          "email": v("email"), "address_1": v("address_1"),
                          "postcode": v("postcode"), "city": v("city")}

    # ---- ledger.csv
    lsep, lrows = read_table(book_dir, "ledger.csv", B.encoding, errors,
                             ["date", "kind", "reference", "debtor", "amount"])
    entries = []
    for idx, (line, r) in enumerate(lrows):
        def v(col):
            return r.get(col, ("", 0))[0].strip()

        def col(c):
            return r.get(c, ("", 0))[1]
        e = {"line": line, "idx": idx}
        ok = True
        try:
            e["date"] = parse_date(v("date"))
        except ValueError as ex:
            errors.add("ledger.csv", line, col("date"), str(ex)); ok = False
        k = norm_enum(v("kind"))
        if k not in LEDGER_KINDS:
            errors.add("ledger.csv", line, col("kind"), f"unknown kind '{v('kind')}'"); ok = False
        e["kind"] = LEDGER_KINDS.get(k)
        e["reference"] = v("reference")
        if not e["reference"]:
            errors.add("ledger.csv", line, col("reference"), "reference is empty"); ok = False
        e["debtor"] = unicodedata.normalize("NFC", v("debtor"))
        if e["debtor"] not in B.debtors:
            errors.add("ledger.csv", line, col("debtor"), f"unknown debtor '{e['debtor']}'"); ok = False
        try:
            e["amount"] = parse_amount(v("amount"), lsep)
        except ValueError as ex:
            errors.add("ledger.csv", line, col("amount"), str(ex)); ok = False
        cur = v("currency").upper()
        if cur and cur != "EUR":
            errors.add("ledger.csv", line, col("currency"), f"currency '{cur}' (this version: EUR only)"); ok = False
        if e["kind"] == "invoice":
            if not v("due_date"):
                errors.add("ledger.csv", line, col("due_date"), "an invoice needs a due_date"); ok = False
            else:
                try:
                    e["due"] = parse_date(v("due_date"))
                except ValueError as ex:
                    errors.add("ledger.csv", line, col("due_date"), str(ex)); ok = False
            # service_date (2026-12): prescription runs from it; blank -> the invoice date
            e["service"] = None
            if v("service_date"):
                try:
                    e["service"] = parse_date(v("service_date"))
                except ValueError as ex:
                    errors.add("ledger.csv", line, col("service_date"), str(ex)); ok = False
        e["applies_to"] = v("applies_to") if e["kind"] in ("payment", "credit_note") else ""
        e["applies_col"] = col("applies_to")
        if ok:
            entries.append(e)
    invoices_all, refs_seen = {}, {}
    for e in entries:
        if e["kind"] in ("invoice", "credit_note"):
            if e["reference"] in refs_seen:
                errors.add("ledger.csv", e["line"], 0,
                           f"reference '{e['reference']}' already used on line {refs_seen[e['reference']]}")
                continue
            refs_seen[e["reference"]] = e["line"]
            if e["kind"] == "invoice":
                invoices_all[e["reference"]] = e
    for e in entries:
        if e["applies_to"]:
            inv = invoices_all.get(e["applies_to"])
            if inv is None:
                errors.add("ledger.csv", e["line"], e["applies_col"], f"applies_to '{e['applies_to']}' is not an invoice of the ledger")
            elif inv["debtor"] != e["debtor"]:
                errors.add("ledger.csv", e["line"], e["applies_col"], f"applies_to '{e['applies_to']}' is another debtor's invoice")
    B.ledger_ignored = sum(1 for e in entries if e["date"] > A)

    # ---- interactions.csv
    isep, irows = read_table(book_dir, "interactions.csv", B.encoding, errors, ["date", "debtor", "kind"])
    att_root = os.path.realpath(os.path.join(book_dir, "attachments"))
    log = []
    for idx, (line, r) in enumerate(irows):
        def v(c):
            return r.get(c, ("", 0))[0].strip()

        def col(c):
            return r.get(c, ("", 0))[1]
        x = {"line": line, "idx": idx}
        ok = True
        try:
            x["date"], x["time"] = parse_datetime(v("date"))
        except ValueError as ex:
            errors.add("interactions.csv", line, col("date"), str(ex)); ok = False
        x["debtor"] = unicodedata.normalize("NFC", v("debtor"))
        if x["debtor"] not in B.debtors:
            errors.add("interactions.csv", line, col("debtor"), f"unknown debtor '{x['debtor']}'"); ok = False
        k = norm_enum(v("kind"))
        if k not in LOG_KINDS:
            errors.add("interactions.csv", line, col("kind"), f"unknown kind '{v('kind')}'"); ok = False
        x["kind"] = k
        ch = norm_enum(v("channel"))
        if ch and ch not in CHANNELS:
            errors.add("interactions.csv", line, col("channel"), f"unknown channel '{v('channel')}'"); ok = False
        x["channel"] = ch
        dirn = norm_enum(v("direction"))
        if dirn and dirn not in ("in", "out"):
            errors.add("interactions.csv", line, col("direction"), f"unknown direction '{v('direction')}'"); ok = False
        refs = [s.strip() for s in v("invoices").split("|")] if v("invoices") else []
        for ref in refs:
            inv = invoices_all.get(ref)
            if inv is None or inv["debtor"] != x["debtor"]:
                errors.add("interactions.csv", line, col("invoices"), f"'{ref}' is not an invoice of debtor '{x['debtor']}'"); ok = False
        x["invoices"] = refs
        x["tracking"] = v("tracking")
        x["summary"] = v("summary")
        x["delivered_on"] = None
        if v("delivered_on"):
            try:
                x["delivered_on"] = parse_date(v("delivered_on"))
            except ValueError as ex:
                errors.add("interactions.csv", line, col("delivered_on"), str(ex)); ok = False
        x["amount"] = None
        if v("amount"):
            try:
                x["amount"] = parse_amount(v("amount"), isep)
            except ValueError as ex:
                errors.add("interactions.csv", line, col("amount"), str(ex)); ok = False
        x["due"] = None
        if v("due"):
            try:
                x["due"] = parse_date(v("due"))
            except ValueError as ex:
                errors.add("interactions.csv", line, col("due"), str(ex)); ok = False
        x["schedule"] = []
        if v("schedule"):
            for part in v("schedule").split("|"):
                d_s, _, a_s = part.strip().partition(":")
                try:
                    x["schedule"].append((parse_date(d_s), parse_amount(a_s, isep)))
                except ValueError as ex:
                    errors.add("interactions.csv", line, col("schedule"), f"instalment '{part}': {ex}"); ok = False
        if k == "promise" and (x["amount"] is None or x["due"] is None):
            errors.add("interactions.csv", line, 0, "a promise needs amount and due"); ok = False
        if k == "payment_plan" and (x["amount"] is None or not x["schedule"]):
            errors.add("interactions.csv", line, 0, "a payment_plan needs amount and schedule"); ok = False
        for p in ([s.strip() for s in v("proof").split("|")] if v("proof") else []):
            full = os.path.realpath(os.path.join(att_root, p))
            if os.path.isabs(p) or ".." in re.split(r"[/\\]", p):
                errors.add("interactions.csv", line, col("proof"), f"proof '{p}' must be a relative path inside attachments/")
            elif not (full == att_root or full.startswith(att_root + os.sep)):
                errors.add("interactions.csv", line, col("proof"), f"proof '{p}' resolves outside attachments/")
            elif not os.path.isfile(full):
                errors.add("interactions.csv", line, col("proof"), f"proof '{p}' is missing")
        if ok:
            log.append(x)
    B.log_ignored = sum(1 for x in log if x["date"] > A)

    if errors.items:
        raise BookError("\n".join(errors.items))

    B.entries = entries
    # Date-times order lines within a day; a date-only line sorts as 00:00, then file order.
    B.log = sorted((x for x in log if x["date"] <= A),
                   key=lambda x: (x["date"], x["time"] or (0, 0), x["idx"]))
    # `delivery` lines (2026-12): give the registered letter they name (by `tracking`, else the
    # `summary` read as a tracking number) its delivery date when its own delivered_on is blank.
    # The date given is the delivery line's delivered_on, else its date; the letter is the latest
    # earlier line of the same debtor carrying that tracking number.
    def tnorm(t):
        return re.sub(r"[\s\u00a0\u202f]", "", t).upper()
    for k, x in enumerate(B.log):
        if x["kind"] != "delivery":
            continue
        key = tnorm(x["tracking"] or x["summary"])
        if not key:
            continue
        for y in reversed(B.log[:k]):
            if y["debtor"] == x["debtor"] and y["kind"] != "delivery" and y["tracking"] and tnorm(y["tracking"]) == key:
                if y["delivered_on"] is None:
                    y["delivered_on"] = x["delivered_on"] or x["date"]
                break
    return B


# --------------------------------------------------------------------------------- computing

def rate_for(B, hy, consumer, missing):
    if hy not in RATES:
        missing.add(hy)
        return None
    ecb, legal_a = (Fraction(s) for s in RATES[hy])
    if consumer:
        return legal_a
    if B.contract_rate is None:
        return ecb + 10
    return max(B.contract_rate, 3 * legal_a)


def accrue(B, inv, start, consumer, missing, lines):
    """Interest on inv from day `start` through the build date (inclusive). A part settled on day p
    (its settlement date: the payment's or credit note's date, or the invoice's date for a credit
    applied from the unallocated pool) stops running from p + 1."""
    A = B.as_of
    if start > A:
        return 0
    cuts = {a["on"] + DAY for a in inv["allocs"] if start < a["on"] + DAY <= A}
    d = next_half_start(start)
    while d <= A:
        cuts.add(d)
        d = next_half_start(d)
    bounds = [start] + sorted(cuts) + [A + DAY]
    total = 0
    for s, e in zip(bounds, bounds[1:]):
        bal = inv["amount"] - sum(a["amount"] for a in inv["allocs"] if a["on"] < s)
        days = (e - s).days
        if bal <= 0 or days <= 0:
            continue
        rate = rate_for(B, half_year(s), consumer, missing)
        if rate is None:
            continue
        x = Fraction(bal) * rate / 100 * days / 365
        line = round_half_up(x)
        lines.append({"from": s.isoformat(), "to": (e - DAY).isoformat(), "balance": fmt(bal),
                      "rate": str(Decimal(rate.numerator) / Decimal(rate.denominator)), "days": days, "amount": fmt(line)})
        total += line
    return total


def compute(B):
    A, pol = B.as_of, B.policy
    grace = dt.timedelta(days=pol["promise_grace"])
    claim_late = bool(pol.get("claim_settled_late", True))

    # ---- allocation (book-format.md "Allocation", revised 2026-12)
    # Every invoice dated up to the build date is registered first (a credit naming it settles it
    # whatever its date); then the ledger is walked in date order: on one date invoices (due date,
    # reference), then credit notes, then payments (file order). An allocation is
    # {on: settlement date (penalties stop the day after), amount, kind, event: prescription event
    # date (payments only: the payment's own date, also when applied later from the pool)}.
    inv = {}
    totals_in = {d: [0, 0, 0] for d in B.debtors}  # invoices, credit notes, payments
    for e in B.entries:
        if e["kind"] == "invoice" and e["date"] <= A:
            consumer = B.debtors[e["debtor"]]["type"] == "consumer"
            inv[e["reference"]] = {"ref": e["reference"], "debtor": e["debtor"], "date": e["date"],
                                   "due": e["due"], "service": e["service"] or e["date"],
                                   "years": 2 if consumer else 5,
                                   "amount": e["amount"], "balance": e["amount"], "allocs": []}
    acks = {d: [x for x in B.log if x["debtor"] == d and x["kind"] == "acknowledgement"] for d in B.debtors}

    def balance_end(i, day):
        return i["amount"] - sum(a["amount"] for a in i["allocs"] if a["on"] <= day)

    def covers(x, i):
        """Does log line x cover invoice i? Listed invoices, or (blank) every invoice of the debtor
        dated on or before the line and open at the end of its date; for the escalation kinds only
        those also past due on that date (due date before it)."""
        if i["debtor"] != x["debtor"]:
            return False
        if x["invoices"]:
            return i["ref"] in x["invoices"]
        if i["date"] > x["date"] or balance_end(i, x["date"]) <= 0:
            return False
        if x["kind"] in ESCALATION_RANK and not i["due"] < x["date"]:
            return False
        return True

    def last_day(i, upto=None):
        """legal-fr.md §6: last day to act. Start = service_date else invoice date; restarted by the
        payments allocated so far (at the payment's own date) and by the acknowledgements covering
        the invoice (dated on or before `upto`), each only while the claim is still alive."""
        events = [a["event"] for a in i["allocs"] if a["event"] is not None]
        events += [x["date"] for x in acks[i["debtor"]] if (upto is None or x["date"] <= upto) and covers(x, i)]
        last = add_years(i["service"], i["years"])
        for ev in sorted(events):
            if ev <= last:
                last = max(last, add_years(ev, i["years"]))
        return last

    def barred_on(i, day):
        return day > last_day(i, day)

    def settle(i, amount, on, kind, paid_on):
        i["balance"] -= amount
        i["allocs"].append({"on": on, "amount": amount, "kind": kind,
                            "event": paid_on if kind == "payment" else None})

    def spread(debtor, left, on, kind, exclude=None):
        """a blank credit (or a leftover): the debtor's invoices dated on or before `on`, still open
        and not time-barred on `on`, oldest due date first, then reference"""
        targets = sorted((i for i in inv.values() if i["debtor"] == debtor and i["date"] <= on
                          and i["balance"] > 0 and i["ref"] != exclude),
                         key=lambda i: (i["due"], i["ref"]))
        for i in targets:
            if left == 0:
                break
            if barred_on(i, on):
                continue
            take = min(left, i["balance"])
            settle(i, take, on, kind, on)
            left -= take
        return left

    pool = {d: [] for d in B.debtors}      # unallocated credits, oldest first: {date, kind, left}
    reserved = {d: 0 for d in B.debtors}   # credits naming an invoice dated after the build date
    payments_by_debtor = {d: [] for d in B.debtors}
    walk = sorted((e for e in B.entries if e["date"] <= A),
                  key=lambda e: (e["date"], {"invoice": 0, "credit_note": 1, "payment": 2}[e["kind"]],
                                 e.get("due") if e["kind"] == "invoice" else dt.date.min,
                                 e["reference"] if e["kind"] == "invoice" else "", e["idx"]))
    for e in walk:
        did = e["debtor"]
        if e["kind"] == "invoice":
            i = inv[e["reference"]]
            totals_in[did][0] += e["amount"]
            # the pool, oldest credit first, settles the new invoice on its own date
            if i["balance"] > 0 and any(c["left"] for c in pool[did]) and not barred_on(i, i["date"]):
                for c in pool[did]:
                    if i["balance"] == 0:
                        break
                    take = min(c["left"], i["balance"])
                    if take > 0:
                        settle(i, take, i["date"], c["kind"], c["date"])
                        c["left"] -= take
            continue
        totals_in[did][1 if e["kind"] == "credit_note" else 2] += e["amount"]
        if e["kind"] == "payment":
            payments_by_debtor[did].append((e["date"], e["amount"]))
        left = e["amount"]
        if e["applies_to"]:
            if e["applies_to"] not in inv:   # names an invoice dated after the build date
                reserved[did] += left
                continue
            i = inv[e["applies_to"]]
            take = min(left, i["balance"])
            if take > 0:
                settle(i, take, e["date"], e["kind"], e["date"])
                left -= take
            left = spread(did, left, e["date"], e["kind"], exclude=i["ref"])
        else:
            left = spread(did, left, e["date"], e["kind"])
        if left > 0:
            pool[did].append({"date": e["date"], "kind": e["kind"], "left": left})
    unalloc = {d: sum(c["left"] for c in pool[d]) + reserved[d] for d in B.debtors}

    for x in B.log:
        x["covers"] = {i["ref"] for i in inv.values() if covers(x, i)}

    # ---- per invoice
    missing = set()
    bounds = list(pol["aging"])

    def bucket(dpd):
        if dpd <= 0:
            return "not_due"
        lo = 1
        for b in bounds:
            if dpd <= b:
                return f"{lo}-{b}"
            lo = b + 1
        return f"{lo}+"
    bucket_names = ["not_due"] + [f"{lo}-{b}" for lo, b in zip([1] + [b + 1 for b in bounds], bounds)] + [f"{bounds[-1] + 1}+"]

    for i in inv.values():
        d = B.debtors[i["debtor"]]
        consumer = d["type"] == "consumer"
        ref = i["ref"]
        cov = [x for x in B.log if ref in x["covers"]]
        i["stage_rank"] = max([ESCALATION_RANK[x["kind"]] for x in cov if x["kind"] in ESCALATION_RANK], default=0)
        disp = [x for x in cov if x["kind"] in ("dispute", "dispute_closed")]
        i["disputed"] = bool(disp) and disp[-1]["kind"] == "dispute"
        i["dpd"] = (A - i["due"]).days
        i["bucket"] = bucket(i["dpd"])
        i["prescription"] = last_day(i)
        i["barred"] = A > i["prescription"]
        i["lines"] = []
        i["penalties"] = i["indemnity"] = 0
        i["settled_late"] = None
        if i["balance"] > 0:
            if i["barred"]:
                continue  # nothing is claimed on a time-barred invoice
            if consumer:
                fns = [x for x in cov if x["kind"] == "formal_notice"]
                if fns:
                    fn = fns[0]
                    start = max((fn["delivered_on"] or fn["date"]) + DAY, i["due"] + DAY)
                    i["penalties"] = accrue(B, i, start, True, missing, i["lines"])
            else:
                i["penalties"] = accrue(B, i, i["due"] + DAY, False, missing, i["lines"])
                i["indemnity"] = B.indemnity if i["dpd"] >= 1 else 0
        elif (not consumer and claim_late and not i["barred"] and i["allocs"]
              and any(a["kind"] == "payment" and a["on"] > i["due"] for a in i["allocs"])):
            on = i["allocs"][-1]["on"]  # the settlement that brought the balance to zero
            pen = accrue(B, i, i["due"] + DAY, False, missing, i["lines"])
            i["settled_late"] = {"reference": ref, "due_date": i["due"].isoformat(), "settled_on": on.isoformat(),
                                 "days_late": (on - i["due"]).days, "penalties": fmt(pen),
                                 "indemnity": fmt(B.indemnity), "_pen": pen,
                                 "_prescription": i["prescription"].isoformat(), "_penalty_lines": i["lines"]}

    warnings = []
    if missing:
        # legal-fr.md §4: never guessed; penalties stop at the last day with a known rate.
        hys = ", ".join(f"{y} H{h}" for (y, h) in sorted(missing))
        warnings.append(f"no rate known for half-year(s) {hys}: penalties left out for those days "
                        "(add the half-year to RATES in oracle.py)")
        for w in warnings:
            sys.stderr.write("warning: " + w + "\n")

    # ---- promises and plans
    def promise_active(x):
        return A <= x["due"] + grace

    def plan_state(x, debtor):
        """-> (broken: bool, late instalment date or None)"""
        pays = [(p, a) for (p, a) in payments_by_debtor[debtor] if p > x["date"]]
        target = 0
        for (dk, ak) in x["schedule"]:
            target += ak
            check = dk + grace
            if check < A and sum(a for (p, a) in pays if p <= check) < target:
                return True, dk
        return False, None

    # ---- per debtor
    out_debtors, actions = [], []
    T = dict(outstanding=0, overdue=0, not_due=0, disputed=0, unallocated_credit=0, penalties=0,
             indemnities=0, time_barred=0, settled_penalties=0, settled_indemnities=0)
    aging = {b: 0 for b in bucket_names}
    horizon = A + dt.timedelta(days=13)
    for did in sorted(B.debtors):
        d = B.debtors[did]
        opens = sorted((i for i in inv.values() if i["debtor"] == did and i["balance"] > 0),
                       key=lambda i: (i["due"], i["ref"]))
        late = sorted((i for i in inv.values() if i["debtor"] == did and i["settled_late"]),
                      key=lambda i: (i["due"], i["ref"]))
        inv_total, cn_total, pay_total = totals_in[did]
        assert inv_total - cn_total - pay_total == sum(i["balance"] for i in opens) - unalloc[did], did
        if not opens and unalloc[did] == 0 and not late:
            continue
        # time-barred invoices count for the stage (and L) only when every open invoice is barred;
        # they take no part in paused, next_action, the floors or the actions.
        live = [i for i in opens if not i["barred"]]
        staged = live if live else opens
        staged_refs = {i["ref"] for i in staged}
        overdue = [i for i in live if i["dpd"] >= 1]
        overdue_refs = {i["ref"] for i in overdue}
        dlog = [x for x in B.log if x["debtor"] == did]
        stage = STAGES[max([i["stage_rank"] for i in staged], default=0)]

        promises = [x for x in dlog if x["kind"] == "promise"]
        plans = [x for x in dlog if x["kind"] == "payment_plan"]
        reasons = set()
        all_paused = bool(overdue)
        for i in overdue:
            r = set()
            if i["disputed"]:
                r.add("dispute")
            if any(i["ref"] in x["covers"] and not plan_state(x, did)[0] for x in plans):
                r.add("payment_plan")
            if any(i["ref"] in x["covers"] and promise_active(x) for x in promises):
                r.add("promise")
            if not r:
                all_paused = False
            reasons |= r
        paused = "none"
        if all_paused:
            paused = next(p for p in ("dispute", "payment_plan", "promise") if p in reasons)

        nxt = None
        if overdue and paused == "none" and stage != "handed_over":
            if stage == "none":
                kind = "reminder_1"
                on = min(i["due"] for i in overdue if not i["disputed"]) + dt.timedelta(days=pol["reminder_1"])
            else:
                latest = [x for x in dlog if x["kind"] == stage and x["covers"] & staged_refs][-1]
                if stage == "formal_notice":
                    kind = "handover"
                    on = (latest["delivered_on"] or latest["date"]) + dt.timedelta(days=pol["notice_deadline"] + 1)
                else:
                    kind = {"reminder_1": "reminder_2", "reminder_2": "reminder_3", "reminder_3": "formal_notice"}[stage]
                    on = latest["date"] + dt.timedelta(days=pol[kind])
            lp = [x for x in promises if x["covers"] & overdue_refs]
            if lp and not promise_active(lp[-1]):
                on = max(on, lp[-1]["due"] + grace + DAY)
            lpl = [x for x in plans if x["covers"] & overdue_refs]
            if lpl:
                broken, late_k = plan_state(lpl[-1], did)
                if broken:
                    on = max(on, late_k + grace + DAY)
            channel = {"reminder_1": "email" if d["email"] else "letter", "reminder_2": "letter",
                       "reminder_3": "registered_letter", "formal_notice": "registered_letter",
                       "handover": "handover"}[kind]
            nxt = {"kind": kind, "on": on.isoformat(), "channel": channel}
            if on <= horizon:
                inv_list = sorted(overdue_refs)
                if d["segment"] == "strategic" and kind.startswith("reminder_"):
                    actions.append({"debtor": did, "kind": "call", "on": on.isoformat(), "channel": "phone", "invoices": inv_list})
                actions.append({"debtor": did, "kind": kind, "on": on.isoformat(), "channel": channel, "invoices": inv_list})
        # best-effort extras (not compared by the tool): follow-up call, promises and instalments due
        live_refs = {i["ref"] for i in live}
        if stage == "reminder_3" and paused == "none" and live:
            r3s = [x for x in dlog if x["kind"] == "reminder_3" and x["covers"] & live_refs]
            if r3s:
                r3 = r3s[-1]
                since = [x for x in dlog if x["kind"] in ("call", "reply")
                         and (x["date"], x["time"] or (0, 0), x["idx"]) > (r3["date"], r3["time"] or (0, 0), r3["idx"])]
                on = r3["date"] + dt.timedelta(days=pol["call_after_reminder_3"])
                if not since and on <= horizon:
                    actions.append({"debtor": did, "kind": "call", "on": on.isoformat(), "channel": "phone",
                                    "invoices": sorted(r3["covers"] & live_refs)})
        for x in promises:
            if A <= x["due"] <= horizon and x["covers"] & live_refs:
                actions.append({"debtor": did, "kind": "promise_due", "on": x["due"].isoformat(),
                                "channel": x["channel"] or "", "invoices": sorted(x["covers"] & live_refs)})
        for x in plans:
            if x["covers"] & live_refs and not plan_state(x, did)[0]:
                for (dk, _) in x["schedule"]:
                    if A <= dk <= horizon:
                        actions.append({"debtor": did, "kind": "instalment_due", "on": dk.isoformat(),
                                        "channel": x["channel"] or "", "invoices": sorted(x["covers"] & live_refs)})

        rows = []
        for i in opens:
            rows.append({"reference": i["ref"], "due_date": i["due"].isoformat(), "outstanding": fmt(i["balance"]),
                         "days_past_due": i["dpd"], "bucket": i["bucket"], "disputed": i["disputed"],
                         "penalties": fmt(i["penalties"]), "indemnity": fmt(i["indemnity"]),
                         "prescription": i["prescription"].isoformat(),
                         "time_barred": i["barred"],
                         "_penalty_lines": i["lines"]})
            T["outstanding"] += i["balance"]
            T["overdue" if i["dpd"] >= 1 else "not_due"] += i["balance"]
            if i["disputed"]:
                T["disputed"] += i["balance"]
            if i["barred"] and i["dpd"] >= 1:
                T["time_barred"] += i["balance"]
            T["penalties"] += i["penalties"]
            T["indemnities"] += i["indemnity"]
            aging[i["bucket"]] += i["balance"]
        settled = []
        for i in late:
            s = dict(i["settled_late"])
            T["settled_penalties"] += s.pop("_pen")
            T["settled_indemnities"] += B.indemnity
            settled.append(s)
        T["unallocated_credit"] += unalloc[did]
        out_debtors.append({"id": did, "outstanding": fmt(sum(i["balance"] for i in opens)),
                            "overdue": fmt(sum(i["balance"] for i in opens if i["dpd"] >= 1)),
                            "unallocated_credit": fmt(unalloc[did]), "stage": stage, "paused": paused,
                            "next_action": nxt, "invoices": rows, "settled_late": settled})
    actions.sort(key=lambda a: (a["on"], a["debtor"], a["kind"] != "call"))
    return {
        "as_of": A.isoformat(),
        "currency": B.currency,
        "totals": {k: fmt(v) for k, v in T.items()},
        "aging": [{"bucket": b, "amount": fmt(aging[b])} for b in bucket_names],
        "debtors": out_debtors,
        "actions": actions,
        "_oracle": {"ledger_rows_after_as_of": B.ledger_ignored,
                    "interactions_after_as_of": B.log_ignored,
                    "warnings": warnings},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description="Relance oracle: summary.json computed from the contract")
    ap.add_argument("book")
    ap.add_argument("--as-of")
    ap.add_argument("--lines", action="store_true", help="keep each invoice's penalty lines (_penalty_lines)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        sys.exit(64 if e.code else 0)
    try:
        if args.as_of:
            parse_date(args.as_of)
    except ValueError as ex:
        sys.stderr.write(f"--as-of: {ex}\n")
        sys.exit(64)
    try:
        B = load_book(args.book, args.as_of)
        summary = compute(B)
    except BookError as e:
        sys.stderr.write(str(e) + "\n")
        sys.exit(1)
    if not args.lines:
        for d in summary["debtors"]:
            for i in d["invoices"] + d["settled_late"]:
                del i["_penalty_lines"]
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
