"""Attribution: who speaks in a sentence ("X said", "according to X", quote + "he said") and where."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from services.extractor.matcher import Mention

# A clause boundary to the left of a speech verb: punctuation, quotes or a subordinating word.
_LEFT_BOUNDARY = re.compile(
    r"""[,;:()"“”\[\]]|\s[-–—]\s|\b(?:that|which|who|while|because|after|before|when|whereas|but|although|"""
    r"""though|despite|if|unless|as)\b""",
    re.I,
)
_PRONOUN_END = re.compile(r"\b(he|she|they|it|we|i)\s+(?:\w+\s+){0,2}$", re.I)
# Unnamed officials whose words are the actor's own account ("the military said", "state television").
_OWN_TITLE = re.compile(
    r"\b(military|army|navy|air force|defen[cs]e|ministry|state (?:media|television|tv|news agency)|press service|"
    r"media wing|fleet|command|general staff|spokes\w+|secretary|forces)\b",
    re.I,
)
_TITLE = re.compile(
    r"\b(ministry|minister|spokesman|spokeswoman|spokesperson|official|officials|military|army|government|"
    r"president|leader|chief|commander|command|embassy|office|agency|statement|source|sources|diplomat|"
    r"diplomats|envoy|ambassador|secretary|general|admiral|staff|headquarters|navy|prime|service|press|wing|"
    r"fleet|television|media|forces|guards|committee|council|spokesperson|authorities|administration)\b",
    re.I,
)
_PASSIVE_END = re.compile(r"\b(was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_THAT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,5}?that\b", re.I)
_OWNER_NOUN = frozenset({"claim", "claims", "claimed"})


@dataclass(slots=True)
class Speech:
    """One attribution cue: the speaker's code and the part of the sentence it covers."""

    start: int  # cue offsets (absolute)
    end: int
    code: str | None
    strong: bool  # False for picture sources ("provided by")
    trailing: bool  # "…, X said": covers what precedes it too
    boundary: int  # absolute offset of the clause boundary left of the speaker
    from_context: bool
    owner: bool = False  # "Russia's claims": covers only the claim, not statements
    subject: tuple[int, int] = (0, 0)  # span of the speaker's noun phrase
    title: bool = False  # an unnamed official ("the ministry said"): the actor's own side
    statement: bool = False  # a statement trigger acting as speech verb (warned, denied…)


def _first_code(ents: list[Mention], lo: int, hi: int) -> Mention | None:
    for ent in ents:
        if lo <= ent.start and ent.end <= hi and ent.item.code:
            return ent
    return None


# One attempt of `_LEFT_BOUNDARY` at offset p reads no character past p + 8 (the `\b` after "although"), so
# its matches starting at or before end - 16 do not depend on where past `end` the scan stops.
_LOOKAHEAD = 16


@dataclass(slots=True)
class BoundaryScan:
    """The `_LEFT_BOUNDARY` matches of a sentence scanned so far (up to `endpos`), kept so that successive
    speaker lookups in one sentence scan each character about once instead of rescanning from its start."""

    sent_start: int
    endpos: int
    starts: list[int]
    ends: list[int]


def new_scan(sent_start: int) -> BoundaryScan:
    """An empty scan of the sentence starting at `sent_start`."""
    return BoundaryScan(sent_start, sent_start, [], [])


def _boundary(text: str, sent_start: int, pos: int, scan: BoundaryScan | None) -> int:
    """End of the last `_LEFT_BOUNDARY` match in text[sent_start:pos] (sent_start when none).

    Matches of an earlier scan that start at or before min(pos, its end) - _LOOKAHEAD are exactly those of a
    scan stopping at pos; only the rest is scanned again, ending at pos as the original scan does.
    """
    boundary = sent_start
    if scan is None or scan.sent_start != sent_start:
        for match in _LEFT_BOUNDARY.finditer(text, sent_start, pos):
            boundary = match.end()
        return boundary
    cut = min(pos, scan.endpos) - _LOOKAHEAD
    i = bisect_right(scan.starts, cut)
    if i:
        boundary = scan.ends[i - 1]
    start = max(boundary, cut + 1, sent_start)
    if pos <= scan.endpos:
        for match in _LEFT_BOUNDARY.finditer(text, start, pos):
            boundary = match.end()
        return boundary
    del scan.starts[i:], scan.ends[i:]  # extend the scan to pos: keep its safe part, rescan the rest
    for match in _LEFT_BOUNDARY.finditer(text, start, pos):
        scan.starts.append(match.start())
        scan.ends.append(match.end())
        boundary = match.end()
    scan.endpos = pos
    return boundary


def subject_before(
    text: str, sent_start: int, pos: int, ents: list[Mention], scan: BoundaryScan | None = None
) -> tuple[int, Mention | None, str]:
    """The clause boundary left of `pos`, the first coded entity between it and `pos`, and that text.

    `scan` (from `new_scan`, shared by the lookups of one sentence) only saves time: the answer is the same.
    """
    boundary = _boundary(text, sent_start, pos, scan)
    return boundary, _first_code(ents, boundary, pos), text[boundary:pos]


_POSTED_TO = re.compile(
    r"\b(?:ambassadors?|envoys?|embassy|consul(?:ate)?|mission|representatives?|delegation)\s+(?:in|to|at)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_OWN_POSTING = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|embassy|consul(?:ate)?|mission|"
                          r"representatives?|delegation)\b", re.I)
# Patterns of `find_speeches`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_FIND_SPEECHES_1 = re.compile(r"(?:'s|’s|\bthe|\bits|\btheir)\s*$")
_RX_FIND_SPEECHES_2 = re.compile(r"[,;]")


def find_speeches(
    text: str, span: tuple[int, int], cues: list[Mention], ents: list[Mention], last_speaker: str | None,
    scan: BoundaryScan | None = None,
) -> list[Speech]:
    """Every attribution cue of the sentence with its speaker (context speaker for pronouns); `scan` as for
    `subject_before`."""
    s0, s1 = span
    out: list[Speech] = []
    for cue in cues:
        form = text[cue.start:cue.end].lower()
        if not cue.item.verb:  # "according to X", "provided by X", "state media"
            out.append(_source_speech(text, span, cue, ents, form))
            continue
        boundary, ent, subject_text = subject_before(text, s0, cue.start, ents, scan)
        if ent is not None and _POSTED_TO.search(text, boundary, ent.start):
            # "its ambassador in Washington insisted": the posting is no speaker; "its" is the sentence's party
            ent = _first_code(ents, s0, boundary) if _OWN_POSTING.search(text, boundary, ent.start) else None
        if _PASSIVE_END.search(subject_text) and not form.startswith("quoted"):
            continue  # "troops were reported to be massing", "it is said to": no speaker
        owner = form in _OWNER_NOUN and bool(_RX_FIND_SPEECHES_1.search(subject_text))
        trailing = _is_trailing(text, s0, boundary, cue.end, s1)
        code, ctx, title = None, False, False
        if ent is None and not subject_text.strip() and form.endswith("ing") and _after_comma(text, s0, boundary):
            # ", saying …": the participle's speaker is the subject of the clause it hangs on, not who follows
            trailing = False
            main = _first_code(ents, s0, boundary)
            earlier = next((sp for sp in reversed(out) if sp.code and not sp.owner), None)
            who = (cue.start, cue.start)
            if earlier is not None:  # "…, the minister said, citing intelligence reports"
                code, ctx, who = earlier.code, earlier.from_context, earlier.subject
            elif main is not None:
                code, who = main.item.code, (main.start, main.end)
            else:
                code, ctx, title = _title_speaker(out)
                title = title and bool(_OWN_TITLE.search(text[s0:boundary]))
            out.append(Speech(cue.start, cue.end, code, True, trailing, boundary, ctx, False, who, title))
            continue
        place = None if ent is not None else _TITLE.search(subject_text) and place_opening(text, s0, boundary, ents)
        head = None if ent is not None or place else _titled_head(text, s0, boundary, subject_text, ents)
        if ent is not None:
            code = ent.item.code
        elif subject_text.strip() in ("and", "but"):
            # "dismissed the allegation and said Pakistani troops had …": the verb shares the opening subject; a
            # name after it is what was said, not an inverted speaker
            main = _first_code(ents, s0, boundary)
            code, trailing = (main.item.code if main is not None else None), False
        elif place:
            code, trailing = place, False  # "In Seoul, officials said …": the opening names their country
        elif head is not None:
            code, trailing = head.item.code, False  # "Japan's defence minister, Gen Nakatani, said …"
        elif not subject_text.strip() or trailing and not _PRONOUN_END.search(subject_text):
            after = _first_code(ents, cue.end, min(s1, cue.end + 35))  # inverted: "…," said NATO chief X
            if after is not None and _RX_FIND_SPEECHES_2.search(text[cue.end:after.start]):
                after = None
            code = after.item.code if after else None
            if after is None and _PRONOUN_END.search(subject_text):
                code, ctx = _previous_speaker(out, last_speaker)
            elif after is None and _TITLE.search(subject_text):
                code, ctx, title = _title_speaker(out)
                title = title and bool(_OWN_TITLE.search(subject_text))
        elif _PRONOUN_END.search(subject_text):
            code, ctx = _previous_speaker(out, last_speaker)
        elif _TITLE.search(subject_text):
            code, ctx, title = _title_speaker(out)
            title = title and bool(_OWN_TITLE.search(subject_text))
        who = (s0 if place else boundary, cue.start)  # the opening place names the speaker, not a location
        out.append(Speech(cue.start, cue.end, code, True, trailing, boundary, ctx, owner, who, title))
    return out


# "Guyana's army chief, Brigadier Omar Khan, said": a name set off by commas after a titled head
_NAME_ONLY = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w.'’-]*\s*")
_HEAD_TITLE = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*"
)


_TITLE_HEAD = re.compile(
    r"\W*(?:The|A|An)\s+(?:(?:former|then|acting|deputy|senior|top)\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:minister|secretary|spokes(?:man|woman|person)|chief|commander|president|prime minister|official|ambassador|"
    r"envoy|adviser|advisor|leader|premier|chancellor|director|diplomat|negotiator)\s*"
)


def _titled_head(text: str, s0: int, boundary: int, subject_text: str, ents: list[Mention]) -> Mention | None:
    """The coded entity of "X's <title>" when a name in commas stands between it and the speech verb."""
    if subject_text.strip() or text[boundary - 1:boundary] != ",":
        return None
    name_start = text.rfind(",", s0, boundary - 1)  # the name: between the two commas before the verb
    if name_start < 0:
        return None
    earlier = text.rfind(",", s0, name_start)
    lo = s0 if earlier < 0 else earlier + 1
    if _TITLE_HEAD.fullmatch(text, lo, name_start):
        # "The Ukrainian defence minister, Oleksii Reznikov, said", "A former Ukrainian defence minister, now a
        # lecturer in Kyiv, said": a titled head set off by an apposition speaks
        head = _first_code(ents, lo, name_start)
        if head is not None and head.item.kind in ("demonym", "country", "capital", "organisation"):
            return head
    if _HEAD_TITLE.fullmatch(text, name_start + 1, boundary - 1):
        # "China, Pakistan's close ally, said …": a country at the head speaks for itself; a person at the head
        # speaks for the title's country ("Lai Ching-te, Taiwan's president, said …")
        head = _first_code(ents, lo, name_start)
        if head is not None and head.item.kind in ("country", "capital"):
            return head
        return _first_code(ents, name_start + 1, boundary - 1)
    if not _NAME_ONLY.fullmatch(text, name_start + 1, boundary - 1) or not _HEAD_TITLE.fullmatch(text, lo, name_start):
        return None
    return _first_code(ents, lo, name_start)


_IN_OPENING = re.compile(r"\W*In\s+$")
_AFTER_PLACE = re.compile(r"[^,;]{0,30},\s*$")


def place_opening(text: str, s0: int, boundary: int, ents: list[Mention]) -> str | None:
    """The country of an opening "In Germany, …" or "In Beijing earlier in the day, …" that ends at `boundary`:
    where an unnamed official of the clause that follows speaks for."""
    for ent in ents:
        if ent.start >= boundary:
            break
        if (
            ent.item.code and ent.item.kind in ("country", "capital")
            and _IN_OPENING.match(text, s0, ent.start) and _AFTER_PLACE.match(text, ent.end, boundary)
        ):
            return ent.item.code
    return None


def _after_comma(text: str, s0: int, boundary: int) -> bool:
    """The clause boundary is a comma that closes a clause of the same sentence."""
    return boundary > s0 and text[s0:boundary].rstrip().endswith(",")


def _title_speaker(found: list[Speech]) -> tuple[str | None, bool, bool]:
    """An unnamed official: the sentence's earlier named speaker, else the actor's side (resolved later)."""
    for speech in reversed(found):
        if speech.code and not speech.owner and not speech.from_context:
            return speech.code, False, False
    return None, False, True


def _previous_speaker(found: list[Speech], last_speaker: str | None) -> tuple[str | None, bool]:
    for speech in reversed(found):
        if speech.code and not speech.owner:
            return speech.code, speech.from_context
    return last_speaker, True


# Patterns of `_source_speech`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_SOURCE_SPEECH_1 = re.compile(r"[,\"”]\s*(?:\w+\s+){0,4}$")


def _source_speech(text: str, span: tuple[int, int], cue: Mention, ents: list[Mention], form: str) -> Speech:
    s0, s1 = span
    if form in (
        "state media", "state television", "state tv", "state broadcaster", "state-run broadcaster", "news agency",
        "statement", "stated",
    ):
        # "Russian state media", "North Korea's state news agency": the owner is written before it.
        ent = None
        for cand in ents:  # the owner is written just before: "a Kremlin statement", "Russian state media"
            if cue.start - 25 <= cand.start < cue.start and cand.item.code and "," not in text[cand.end:cue.start]:
                ent = cand
        code = ent.item.code if ent else None
        trailing = bool(_RX_SOURCE_SPEECH_1.search(text[max(s0, cue.start - 40):cue.start]))
        return Speech(cue.start, cue.end, code, True, trailing, s0, False, title=code is None)
    after = _first_code(ents, cue.end, min(s1, cue.end + 90))
    # "according to X" is an attribution; "video provided by X" only names a source of pictures.
    strong = cue.item.strong
    trailing = form == "according to" and cue.start > s0 + 3
    span = (cue.end, after.end) if after else (cue.end, cue.end)
    return Speech(cue.start, cue.end, after.item.code if after else None, strong, trailing, s0, False, subject=span)


def _is_trailing(text: str, s0: int, boundary: int, cue_end: int, s1: int) -> bool:
    """True for "…, the ministry said (on Monday)." — the speech covers the text before it."""
    if boundary <= s0:
        return False
    mark = text[boundary - 1] if boundary > s0 else ""
    if mark not in ",\"”'’":
        return False
    tail = text[cue_end:s1]
    comma = tail.find(",")
    # "…," X said, announcing that …: a "that" after the next comma belongs to the participle, not to "said"
    return not _THAT_AFTER.search(tail if comma < 0 else tail[:comma])
