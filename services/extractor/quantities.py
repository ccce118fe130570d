"""Quantity parsing: "more than 150,000" → 150000, "some 30,000" → 30000, "tens of thousands" → None."""

from __future__ import annotations

import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "half a million": 500_000, "half a dozen": 6,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "m": 1_000_000, "k": 1_000}

# One number as written: digits with separators and decimals, an optional scale word, or number words.
# A plain space separates thousands in much European copy ("5 000 troops"), but not after a month ("May 14 300").
_MONTH_BEFORE = "".join(
    f"(?<!{m} )(?<!{m}. )" for m in (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
        "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    )
)
NUMBER = re.compile(
    r"(?<![\w.,，-])(?P<num>\d{1,3}(?:[,，\u202f\u00a0]\d{3})+|" + _MONTH_BEFORE + r"\d{1,3}(?: \d{3})+(?![\d.,]\d|\d)|"
    r"\d+(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|k|m)\b)?"
    r"|\b(?P<word>half a million|half a dozen|a dozen|dozen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
    # "two hundred", "fifteen hundred", "one hundred and fifty"
    r"(?:\s+(?P<hund>hundred)(?:\s+and\s+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?\b)?"
    r"(?:\s+(?P<wscale>thousand|million))?\b",
    re.I,
)
# Vague amounts: no number.
VAGUE = re.compile(
    r"\b(tens|hundreds|thousands|millions|dozens|scores)\s+(of\s+)?(thousands\s+of\s+)?"
    r"|\b(?:several|a\s+few|few|many)\s+(?:hundred|thousand|dozen)\b",  # "several hundred soldiers": no number
    re.I,
)


def parse_number(text: str) -> int | None:
    """The integer value of one written number ("7,000", "1.5 million", "twelve"), or None."""
    match = NUMBER.search(text)
    if not match:
        return None
    return _value(match)


# No force counted in the news comes near this (the largest armies and militias number a few million).
_MOST = 100_000_000


def _value(match: re.Match[str]) -> int | None:
    if match.group("num"):
        raw = re.sub(r"[,，\u202f\u00a0 ]", "", match.group("num"))
        if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
            return None  # "000" cut off from a number by a separator this pattern does not know
        value = float(raw)
        scale = (match.group("scale") or "").lower()
        value *= _SCALES.get(scale, 1)
        if not value < _MOST:
            return None  # "99999999999999999999 troops" counts nothing (and would not fit a 64-bit integer)
        count = int(round(value))
        if count >= _MOST or count == 0 and value > 0:
            return None  # rounded up to the bound, or a fraction of a soldier ("0.4 troops")
        return count
    word = match.group("word").lower()
    if "-" in word:
        tens, unit = word.split("-")
        value = _WORDS[tens] + _WORDS[unit]
    else:
        value = _WORDS[word]
    if match.group("hund") and value < 100:
        value *= 100  # "two hundred", "fifteen hundred"
        rest = (match.group("rest") or "").lower()
        if rest:
            value += sum(_WORDS[part] for part in rest.split("-"))  # "one hundred and fifty"
    scale = (match.group("wscale") or "").lower()
    return value * _SCALES.get(scale, 1)


# Substrings one of which every NUMBER match contains (digits, or the lower-cased number words), and the
# same for VAGUE: ASCII text with none of them holds no number, and the two scans are skipped.
_NUMBER_GATE = (
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two", "thr", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen",
    "tens", "thousands", "millions", "scores", "half a million",
)


def _may_hold_number(text: str) -> bool:
    if not text.isascii():
        return True  # re.I and \d accept some non-ASCII characters: let the patterns decide
    low = text.lower()
    for word in _NUMBER_GATE:
        if word in low:
            return True
    return False


# A capitalised name right before a bare number ("Mirage 2000", "Resolution 2231"), not a quantifier that opens a
# sentence ("About 2000 troops") nor a month before a year
_MODEL_NAME = re.compile(
    r"(?<![\w'’.-])(?!(?:About|Some|Nearly|Around|More|Over|Up|Almost|Roughly|Another|Only|Just|At|All|Approximately|"
    r"Fewer|Less|Exactly|Perhaps|Maybe|By|In|Since|From|To|Of|On|And|The|Until|Before|After|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)\b)[A-Z][A-Za-z]+\s$"
)


_TITLE_WORD = re.compile(r"\s+[A-Z]")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|age\s+limit\s+(?:of|to|from))\s+(?:between\s+|from\s+)?$", re.I)
_AGE_AFTER = re.compile(r"(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b|-year-old", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|nor|never)\s+(?:[a-z]+\s+)?$", re.I)


def numbers_in(text: str) -> list[tuple[int, int, int | None]]:
    """Every number in `text` as (start, end, value); vague amounts give value None."""
    if not _may_hold_number(text):
        return []
    out = [(m.start(), m.end(), None) for m in VAGUE.finditer(text)]
    taken = [(s, e) for s, e, _ in out]
    age_end = -1
    for m in NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _AGE_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _AGE_AFTER.match(text, m.end()) or (
            age_end >= 0 and _RANGE_BETWEEN.fullmatch(text, age_end, m.start())
        ):
            age_end = m.end()  # "men aged 18 to 55", "21-year-old conscripts": ages, not counts
            continue
        age_end = -1
        word = m.group("word")
        if word and word.lower() == "one" and _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start(), m.end(), None))  # "not one soldier has left": none, not a count of one
            continue
        if m.group("num") and "," not in m.group("num") and _MODEL_NAME.search(
            text, max(0, m.start() - 20), m.start()
        ) and not _TITLE_WORD.match(text, m.end()):  # a title-case headline: "Taiwan Detects 45 Chinese Warplanes"
            continue  # "two French Mirage 2000 jets", "Resolution 2231": a name's number, not a count
        out.append((m.start(), m.end(), _value(m)))
    out.sort()
    return _ranges_low(text, out)


# "between 5,000 and 8,000 soldiers", "3,000-4,000 troops", "6,000 to 8,000 troops": a range counts its lower
# bound, whichever end the noun is bound to; "from 8,000 to 4,000" is a change, not a range.
_RANGE_BETWEEN = re.compile(r"\s+(?:and|to|[-–])\s+|\s*[-–]\s*")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _ranges_low(text: str, found: list[tuple[int, int, int | None]]) -> list[tuple[int, int, int | None]]:
    for k in range(1, len(found)):
        (s0, e0, low), (s1, e1, high) = found[k - 1], found[k]
        if low is None or high is None or low >= high or not _RANGE_BETWEEN.fullmatch(text, e0, s1):
            continue
        if 1800 <= low <= 2100 and text[s0:e0].isdigit():
            continue  # "between 1990 and 1995": years
        before = text[max(0, s0 - 12):s0]
        gap = text[e0:s1].strip()
        if _BETWEEN_BEFORE.search(before) if gap == "and" else not _FROM_BEFORE.search(before):
            found[k] = (s1, e1, low)
    return found


def parse_quantity(phrase: str) -> int | None:
    """Quantity from a phrase such as "more than 150,000 troops"; None for vague or absent numbers."""
    if VAGUE.search(phrase):
        return None
    return parse_number(phrase)
