"""One Aho-Corasick pass over a text finds every entity, trigger, military noun and speech cue."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from services.extractor.gazetteer import Entity, form_matches_case, load_gazetteer
from services.extractor.lexicon import MilitaryNoun, SpeechCue, Trigger, load_lexicon

# Every character that is not a letter or digit becomes a space, so that keys padded with spaces match
# only whole words; the mapping keeps every offset (one character in, one character out). Working on
# latin-1 bytes makes it a single C-level translate; characters outside latin-1 become spaces too.
# Accented Latin letters fold to their base letter ("Bogotá" reads "bogota", "Lomé" "lome"), so a name is listed once.
_TABLE = bytes(
    32 if not chr(c).isalnum() else ord(unicodedata.normalize("NFD", chr(c))[0])
    if unicodedata.normalize("NFD", chr(c))[0].isascii() else c
    for c in range(256)
)


@dataclass(slots=True)
class Mention:
    """A match in the text: [start, end) offsets and what was found there."""

    start: int
    end: int
    kind: str  # ent, trig, mil, cue
    item: Any  # Entity | Trigger | MilitaryNoun | SpeechCue


def normalize(text: str) -> str:
    """Lower-case, punctuation to spaces, same length as `text`."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep the offsets aligned
        low = "".join(c.lower()[0] for c in text)
    return low.encode("latin-1", "replace").translate(_TABLE).decode("latin-1")


def _keys(form: str) -> set[str]:
    """The automaton keys of a form: its words, and its words with inner punctuation kept as a blank.

    The text keeps every punctuation mark as a blank, so "N. Korea" reads "n  korea" there; the first key
    matches "N Korea", the second "N. Korea".
    """
    words = " " + " ".join(normalize(form).split()) + " "
    exact = " " + normalize(" ".join(form.split())).strip() + " "
    return {words, exact}


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """The combined automaton of the gazetteer and the lexicon, built once."""
    payloads: dict[str, list[tuple[str, Any]]] = {}

    def add(form: str, kind: str, item: Entity | Trigger | MilitaryNoun | SpeechCue) -> None:
        for key in _keys(form):
            entries = payloads.setdefault(key, []) if key.strip() else None
            if entries is not None and (kind, item) not in entries:  # "Lomé" and "Lome" are one key
                entries.append((kind, item))

    for form, entity in load_gazetteer().items():
        add(form, "ent", entity)
    lexicon = load_lexicon()
    for trig in lexicon.triggers:
        add(trig.form, "trig", trig)
    for noun in lexicon.military:
        add(noun.form, "mil", noun)
    for cue in lexicon.speech:
        add(cue.form, "cue", cue)
    auto = ahocorasick.Automaton()
    for key, items in payloads.items():
        auto.add_word(key, (len(key), tuple(items)))
    auto.make_automaton()
    return auto


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (ties: the earlier)."""
    mentions.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Mention] = []
    last_end = -1
    for m in mentions:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
        elif m.end > last_end and kept and m.end - m.start > kept[-1].end - kept[-1].start:
            kept[-1] = m
            last_end = m.end
    return kept


# A quote mark that opens or closes a phrase: "would 'not hesitate to act'", "called the claims a 'fabrication'".
# Phrases are matched as if it were not there; an apostrophe inside a word ("Russia's") stays. Runs of quote
# characters are found by one character-class scan and judged by their neighbours (cheaper than lookarounds).
_QUOTE_RUN = re.compile(r"[\"“”‘’']+")
_OPENING, _CLOSING = frozenset("\"“‘'"), frozenset("\"”’'")
_AFTER_CLOSING = frozenset(",.;:!?)")


def _phrase_quote(text: str, lo: int, hi: int) -> bool:
    """Whether the quote run text[lo:hi] opens a phrase (at the start or after a space) or closes one."""
    run = set(text[lo:hi])
    if (lo == 0 or text[lo - 1].isspace()) and run <= _OPENING:
        return True
    after = text[hi] if hi < len(text) else " "
    return lo > 0 and text[lo - 1].isalnum() and run <= _CLOSING and (after.isspace() or after in _AFTER_CLOSING)


def _quoteless(text: str) -> tuple[str, list[int] | None]:
    """`text` without phrase quote marks, and each kept character's offset in `text` (None: nothing removed)."""
    cuts = [m.span() for m in _QUOTE_RUN.finditer(text) if _phrase_quote(text, m.start(), m.end())]
    if not cuts:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for lo, hi in cuts:
        pieces.append(text[last:lo])
        offsets.extend(range(last, lo))
        last = hi
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    return "".join(pieces), offsets


def find_mentions(text: str) -> dict[str, list[Mention]]:
    """Mentions by kind ("ent", "trig", "mil", "cue"), each list sorted and free of overlaps; offsets index `text`."""
    clean, offsets = _quoteless(text)
    padded = " " + normalize(clean) + " "
    found: dict[str, list[Mention]] = {"ent": [], "trig": [], "mil": [], "cue": []}
    append = {kind: mentions.append for kind, mentions in found.items()}
    for end, (length, items) in automaton().iter(padded):
        start = end - length + 1  # offset in `clean` of the first word character (padding shifts by one)
        stop = end - 1
        for kind, item in items:
            if kind == "ent":
                if not form_matches_case(item.form, clean[start:stop]):
                    continue
            elif kind == "trig" and start > 0 and clean[start - 1] == "-":
                continue  # inside a compound: "long-threatened", "anti-ship"
            if offsets is None:
                append[kind](Mention(start, stop, kind, item))
            else:
                append[kind](Mention(offsets[start], offsets[stop - 1] + 1, kind, item))
    for kind in ("ent", "mil", "cue"):
        found[kind] = _longest(found[kind])
    found["ent"] = _alliance_refs(text, _national_councils(text, _shared_acronyms(_korean_halves(text, found["ent"]))))
    found["mil"] = [m for m in found["mil"] if m.item.real]
    found["trig"] = _inside_no_name(_hyphened_nouns(text, _longest_triggers(found["trig"])), found["ent"])
    return found


def _hyphened_nouns(text: str, trigs: list[Mention]) -> list[Mention]:
    """"the call-up", "the build-up": a verb phrase written with a hyphen is the noun read at the same span."""
    nouns = {(m.start, m.end, m.item.subtype) for m in trigs if not m.item.verb}
    return [
        m for m in trigs
        if not (m.item.verb and "-" in text[m.start:m.end] and (m.start, m.end, m.item.subtype) in nouns)
    ]


_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:own\s+|new\s+)?")


def _national_councils(text: str, ents: list[Mention]) -> list[Mention]:
    """"Russia's Security Council", "the Armenian Security Council": a state's own council, not the UN's."""
    out: list[Mention] = []
    for m in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and "Council" in m.item.form and prev.item.code
            and prev.item.kind in ("country", "demonym") and _OWNER_GAP.fullmatch(text, prev.end, m.start)
        ):
            continue
        out.append(m)
    return out


# "the alliance", "the bloc" written in lower case: the organisation the text named last ("NATO said …. The
# alliance will send …"); a text that named none leaves them unresolved.
_ALLIANCE_REF = re.compile(
    r"\b[Tt]he\s+(?:(?:military|Western|western|transatlantic|defensive|US-led)\s+)?(alliance|bloc)\b"
)
_ORGS_FOR = {"alliance": ("NATO", "CSTO"), "bloc": ("EU", "NATO", "CSTO", "AU")}


def _alliance_refs(text: str, ents: list[Mention]) -> list[Mention]:
    if "lliance" not in text and "bloc" not in text:
        return ents
    extra = []
    # bisected, not scanned: a text naming an organisation thousands of times must stay linear
    starts = [e.start for e in ents]
    longest = max((e.end - e.start for e in ents), default=0)
    orgs = {word: [e for e in ents if e.item.code in codes] for word, codes in _ORGS_FOR.items()}
    org_starts = {word: [e.start for e in named] for word, named in orgs.items()}
    for m in _ALLIANCE_REF.finditer(text):
        k = bisect_left(starts, m.end()) - 1
        overlaps = False
        while k >= 0 and starts[k] > m.start() - longest:
            if m.start() < ents[k].end:
                overlaps = True
                break
            k -= 1
        if overlaps:
            continue  # "the Alliance": already the name
        candidates = orgs[m.group(1)]
        j = bisect_left(org_starts[m.group(1)], m.start()) - 1  # its organisations that begin before it
        named = None
        while j >= 0 and named is None:
            if candidates[j].end <= m.start():
                named = candidates[j]
            j -= 1
        if named is not None:
            extra.append(Mention(m.start(), m.end(), "ent", Entity(named.item.code, "organisation", m.group(0))))
    return sorted(ents + extra, key=lambda m: m.start) if extra else ents


def _inside_no_name(trigs: list[Mention], ents: list[Mention]) -> list[Mention]:
    """Triggers that are no word of a coded name: "Treaty" in "Collective Security Treaty Organization"."""
    named = [(m.start, m.end) for m in ents if m.item.code and " " in m.item.form]
    if not named or not trigs:
        return trigs
    starts = [start for start, _ in named]
    kept = []
    for t in trigs:
        i = bisect_right(starts, t.start) - 1
        if i < 0 or named[i][1] < t.end:
            kept.append(t)
    return kept


# "the North" and "the South" name the two Koreas in Korean news (a Korea is named elsewhere in the same text).
_KOREAN_HALF = re.compile(
    r"\b(?:the\s+)?(North|South)\b(?!\s+(?:Korea|Korean|Atlantic|Pacific|Sea|China|Pole|America|American|Africa|"
    r"African|Macedonia|Island|Caucasus|Cyprus|of|Carolina|Dakota|Kivu|Sudan|Ossetia|West|East|Star|Stream|Wales|"
    # the provinces of both Koreas named after a half: "South Hwanghae", "North Gyeongsang Province"
    r"Hwanghae|Pyongan|Hamgyong|Chungcheong|Gyeongsang|Jeolla|Chungchong|Kyongsang|Cholla|"
    r"[A-Z][\w'’-]+\s+(?:Province|County|Prefecture))\b)"
)
_HALF_CODE = {"North": "PRK", "South": "KOR"}


def _korean_halves(text: str, ents: list[Mention]) -> list[Mention]:
    if not any(m.item.code in ("PRK", "KOR") for m in ents) or ("North" not in text and "South" not in text):
        return ents
    taken = [(m.start, m.end) for m in ents]
    extra = [
        Mention(m.start(), m.end(), "ent", Entity(_HALF_CODE[m.group(1)], "country", m.group(0)))
        for m in _KOREAN_HALF.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    return sorted(ents + extra, key=lambda m: m.start) if extra else ents


# Acronyms two states' forces share: the one the rest of the text names decides ("IAF" is Israel's air force in
# Middle East copy and India's in Indian copy). The gazetteer lists the form under its first code.
_SHARED_ACRONYMS = {"IAF": ("ISR", "IND")}


def _shared_acronyms(ents: list[Mention]) -> list[Mention]:
    if not any(m.item.form in _SHARED_ACRONYMS for m in ents):
        return ents
    named = {m.item.code for m in ents if m.item.form not in _SHARED_ACRONYMS}
    out = []
    for m in ents:
        codes = _SHARED_ACRONYMS.get(m.item.form)
        if codes is not None:
            code = next((c for c in codes if c in named), codes[0])
            m = Mention(m.start, m.end, m.kind, Entity(code, m.item.kind, m.item.form))
        out.append(m)
    return out


def _longest_spans(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """`_longest` on bare (start, end) spans: the spans it keeps."""
    spans.sort(key=lambda span: (span[0], span[0] - span[1]))
    kept: list[tuple[int, int]] = []
    last_end = -1
    for span in spans:
        start, end = span
        if start >= last_end:
            kept.append(span)
            last_end = end
        elif end > last_end and kept and end - start > kept[-1][1] - kept[-1][0]:
            kept[-1] = span
            last_end = end
    return set(kept)


def _longest_triggers(mentions: list[Mention]) -> list[Mention]:
    """Among overlapping triggers keep the longest span, but every subtype read at that span."""
    if not mentions:
        return mentions
    keep = _longest_spans([(m.start, m.end) for m in mentions])
    # A blocker ("fire drill", "meeting" as a noun) silences every trigger read at its span.
    blocked = {(m.start, m.end) for m in mentions if m.item.type == "none"}
    return [
        m for m in sorted(mentions, key=lambda m: (m.start, m.end))
        if (m.start, m.end) in keep and (m.start, m.end) not in blocked
    ]
