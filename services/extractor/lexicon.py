"""Trigger lexicon: subtype triggers with inflections, military nouns and attribution cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "lexicon.yaml"

_VOWELS = set("aeiou")
# Short verbs whose final consonant doubles before -ed/-ing although the rule below would miss them.
_DOUBLE = {"commit", "patrol", "control", "rebut", "compel", "refer", "regret", "occur", "prefer", "omit"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger form: the subtype it signals and how strongly."""

    type: str
    subtype: str
    form: str
    strong: bool
    verb: bool
    military: bool  # needs a military noun in the clause
    requires: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class MilitaryNoun:
    """A military noun; `countable` when a number before it counts troops, ships or aircraft."""

    form: str
    countable: bool
    real: bool = True  # False for look-alikes ("think tank", "cruise ship") that shadow a military noun


@dataclass(frozen=True, slots=True)
class SpeechCue:
    """A cue that introduces a speaker; `strong` unless the speaker is only a source of pictures."""

    form: str
    strong: bool
    verb: bool


def _doubles(word: str) -> bool:
    if word in _DOUBLE:
        return True
    groups = re.findall(r"[aeiou]+", word)
    return (
        len(word) >= 3
        and len(groups) == 1
        and len(groups[0]) == 1
        and word[-1] not in _VOWELS | set("wxy")
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflect(verb: str, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """Base, third person, past, participle and -ing forms; in a phrase only the first word changes."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head}
    if re.search(r"(s|x|z|ch|sh|o)$", head):
        forms.add(head + "es")
    elif re.search(r"[^aeiou]y$", head):
        forms.add(head[:-1] + "ies")
    else:
        forms.add(head + "s")
    if head.endswith("e"):
        forms.update({head + "d", head[:-1] + "ing" if not head.endswith("ee") else head + "ing"})
    elif re.search(r"[^aeiou]y$", head):
        forms.update({head[:-1] + "ied", head + "ing"})
    elif _doubles(head):
        forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
    else:
        forms.update({head + "ed", head + "ing"})
    if head.endswith("ie"):
        forms.add(head[:-2] + "ying")
    forms.update((irregular or {}).get(head, []))
    return sorted(f + tail for f in forms)


def _entries(items: list) -> list[tuple[str, re.Pattern[str] | None]]:
    out = []
    for item in items or []:
        if isinstance(item, dict):
            out.append((str(item["phrase"]), re.compile(item["requires"], re.I)))
        else:
            out.append((str(item), None))
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the matcher needs from the lexicon file."""

    triggers: tuple[Trigger, ...]
    military: tuple[MilitaryNoun, ...]
    speech: tuple[SpeechCue, ...]


@lru_cache(maxsize=1)
def load_lexicon(path: Path = DATA_FILE) -> Lexicon:
    """Read and expand the lexicon file once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    irregular = {k: [str(v) for v in vs] for k, vs in (data.get("irregular") or {}).items()}
    triggers: list[Trigger] = []
    for subtype, spec in data["subtypes"].items():
        typ, mil = spec["type"], bool(spec.get("military"))
        for verb, req in _entries(spec.get("verbs")):
            for form in inflect(verb, irregular):
                triggers.append(Trigger(typ, subtype, form, True, True, mil, req))
        for noun, req in _entries((spec.get("nouns") or []) + (spec.get("phrases") or [])):
            triggers.append(Trigger(typ, subtype, noun, True, False, mil, req))
        for weak, req in _entries(spec.get("weak")):
            triggers.append(Trigger(typ, subtype, weak, False, False, mil, req))
    for form in data.get("blockers") or []:
        triggers.append(Trigger("none", "none", str(form), True, False, False))
    nouns = data["military_nouns"]
    military = tuple(
        [MilitaryNoun(str(f), True) for f in nouns["countable"]]
        + [MilitaryNoun(str(f), False) for f in nouns["other"]]
        + [MilitaryNoun(str(f), False, False) for f in nouns.get("not_military") or []]
    )
    sp = data["speech"]
    speech = [SpeechCue(form, True, True) for verb in sp["verbs"] for form in inflect(verb, irregular)]
    speech += [SpeechCue(str(f), True, False) for f in sp["nouns"]]
    speech += [SpeechCue(str(f), False, False) for f in sp["weak"]]
    return Lexicon(tuple(triggers), military, tuple(speech))
