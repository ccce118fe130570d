"""Sentence splitting that keeps character offsets: lines, quotes, abbreviations and headlines."""

from __future__ import annotations

import re
import string

# Words that end with a period without ending a sentence (compared lower-case, without the period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj sgt capt cpt cmdr adm brig rep sen gov pres st mt ft no nos vol
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    inc ltd co corp bros dept est approx vs etc al fig op cf
    u.s u.k u.n e.u a.m p.m i.e e.g d.c u.s.a
    """.split()
)

_LINE = re.compile(r"[^\n]+")
# A sentence may end at . ! ? (possibly repeated), followed by closing quotes or brackets, then
# whitespace and a plausible sentence start (capital, digit or opening quote).
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")  # the word before a period (see `_is_abbreviation`)
_WORD_CHARS = string.ascii_letters + "."


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    if line[dot] != ".":
        return False
    # What `_WORD_BEFORE.search(line, max(0, dot - 24), dot)` finds, with two C-level strips: the run of
    # letters and periods ending at the dot, from its first letter.
    seg = line[max(0, dot - 24):dot]
    word = seg[len(seg.rstrip(_WORD_CHARS)):].lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Biden"
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if _is_abbreviation(line, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        seg = line[s:e]
        stripped = seg.strip()
        if not stripped:
            continue
        lead = len(seg) - len(seg.lstrip())
        out.append((offset + s + lead, offset + s + lead + len(stripped)))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`; every line break ends a sentence.

    A headline (a line without final punctuation) is a sentence of its own.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        spans.extend(_split_line(line.group(), line.start()))
    return spans
