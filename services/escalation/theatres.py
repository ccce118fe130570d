"""Theatres as configuration (theatres.yaml) and the pure routing of events to theatres."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.common import CODE_PATTERN
from schemas.events import Event

THEATRES_FILE = Path(__file__).resolve().parent / "theatres.yaml"
PAIR_PREFIX = "pair:"


class Theatre(BaseModel):
    """One configured theatre: its members and the outside parties whose acts toward them count."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$", description="Stable id, a Kafka key and metric label.")
    name: str = Field(min_length=1, description="Human name, used in alert summaries.")
    members: tuple[str, ...] = Field(min_length=2, description="Party codes (ISO alpha-3 or organisation).")
    third_parties: tuple[str, ...] = Field(default=(), description="Outside parties counted when unambiguous.")
    places: tuple[str, ...] = Field(
        default=(),
        description="Contested areas and commands whose mention in its sentence ties a one-party event of a member "
        "or third party to this theatre (Ladakh, the Line of Control, the Spratlys).",
    )
    description: str = Field(default="", description="Free text.")

    @field_validator("members", "third_parties")
    @classmethod
    def _codes(cls, codes: tuple[str, ...]) -> tuple[str, ...]:
        bad = [c for c in codes if not re.match(CODE_PATTERN, c)]
        if bad:
            raise ValueError(f"not party codes: {bad}")
        return codes

    @field_validator("places")
    @classmethod
    def _names(cls, places: tuple[str, ...]) -> tuple[str, ...]:
        bad = [p for p in places if not p.strip() or p != p.strip()]
        if bad:
            raise ValueError(f"place names must be non-empty and trimmed: {bad}")
        return places

    @model_validator(mode="after")
    def _disjoint(self) -> Theatre:
        both = set(self.members) & set(self.third_parties)
        if both:
            raise ValueError(f"theatre {self.id}: codes both member and third party: {sorted(both)}")
        return self


class Theatres(BaseModel):
    """The configured theatres, plus what is needed to name ad-hoc `pair:AAA-BBB` theatres."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisations: frozenset[str] = Field(default=frozenset(), description="Codes that are organisations.")
    sentence_counterpart: bool = Field(
        default=False,
        description="Find a missing counterpart among the parties named in the event's evidence sentence.",
    )
    single_party: bool = Field(
        default=False,
        description="Route a one-party event to the one theatre its actor belongs to (off: such events are unrouted).",
    )
    theatres: tuple[Theatre, ...] = Field(description="The configured theatres.")

    @model_validator(mode="after")
    def _unique(self) -> Theatres:
        ids = [t.id for t in self.theatres]
        if len(ids) != len(set(ids)):
            raise ValueError("theatre ids must be unique")
        return self

    @property
    def by_id(self) -> dict[str, Theatre]:
        """Configured theatres by id (computed each time: a model_copy must never see a stale cache)."""
        return {t.id: t for t in self.theatres}

    def is_country(self, code: str) -> bool:
        """ISO alpha-3 country codes are three letters; everything else (NATO, EU, UN…) is an organisation."""
        return len(code) == 3 and code not in self.organisations

    def placed(self, text: str) -> frozenset[str]:
        """Ids of the theatres one of whose places the text names (whole words, case as written)."""
        return frozenset(t.id for t in self.theatres if t.places and _place_pattern(t.places).search(text))

    def name_of(self, theatre_id: str) -> str:
        """Human name of a configured theatre or of a `pair:` theatre."""
        if theatre_id in self.by_id:
            return self.by_id[theatre_id].name
        if theatre_id.startswith(PAIR_PREFIX):
            return theatre_id[len(PAIR_PREFIX) :].replace("-", "–") + " (unconfigured pair)"
        return theatre_id

    def countries_of(self, theatre_id: str) -> list[str]:
        """Member codes of a configured theatre or of a `pair:` theatre."""
        if theatre_id in self.by_id:
            return list(self.by_id[theatre_id].members)
        if theatre_id.startswith(PAIR_PREFIX):
            return theatre_id[len(PAIR_PREFIX) :].split("-")
        return []


def load_theatres(path: Path = THEATRES_FILE) -> Theatres:
    """The theatres declared in a YAML file (the packaged theatres.yaml by default)."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Theatres.model_validate(doc)


@lru_cache(maxsize=64)
def _place_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted(places, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def pair_id(a: str, b: str) -> str:
    """The ad-hoc theatre id of two countries, order-free."""
    first, second = sorted((a, b))
    return f"{PAIR_PREFIX}{first}-{second}"


def counterpart(event: Event) -> str | None:
    """The other party of an event: its location, or the claimant when there is no distinct location."""
    if event.location is not None and event.location != event.actor:
        return event.location
    if event.claimant is not None and event.claimant != event.actor:
        return event.claimant
    return None


def theatres_for(event: Event, theatres: Theatres) -> list[str]:
    """Every theatre an event belongs to; `pair:AAA-BBB` for two countries in no theatre; [] when unroutable.

    1. both actor and counterpart are members of a theatre: every such theatre;
    2. else one is a member and the other a third party of exactly one theatre: that theatre;
    3. else two different countries: their pair; else (an organisation, or one party): [].
    With no counterpart in the event's fields, fallbacks (see theatres.yaml): `sentence_counterpart`,
    the one theatre whose other members the evidence sentence names; the one theatre (of those the
    actor is a member or third party of) whose places the sentence names; then `single_party`, the
    one theatre the actor is a member of.
    """
    actor, other = event.actor, counterpart(event)
    if actor is None:
        return []
    if other is None:
        return _without_counterpart(event, actor, theatres)
    shared = [t.id for t in theatres.theatres if actor in t.members and other in t.members]
    if shared:
        return shared
    outside = [t.id for t in theatres.theatres if _outside(t, actor, {other})]
    if len(outside) == 1:
        return outside
    if theatres.is_country(actor) and theatres.is_country(other):
        return [pair_id(actor, other)]
    return []


def _outside(theatre: Theatre, actor: str, others: set[str]) -> bool:
    """A member acting toward a third party of the theatre, or a third party acting toward a member."""
    if actor in theatre.members:
        return bool(others & set(theatre.third_parties))
    return actor in theatre.third_parties and bool(others & set(theatre.members))


def _without_counterpart(event: Event, actor: str, theatres: Theatres) -> list[str]:
    if theatres.sentence_counterpart:
        named = sentence_parties(event.evidence.text) - {actor}
        if named:
            fits = [
                t.id
                for t in theatres.theatres
                if (actor in t.members and named & (set(t.members) - {actor})) or _outside(t, actor, named)
            ]
            if len(fits) == 1:
                return fits
    placed = theatres.placed(event.evidence.text)
    if placed:
        fits = [t.id for t in theatres.theatres if t.id in placed and (actor in t.members or actor in t.third_parties)]
        if len(fits) == 1:
            return fits
    if theatres.single_party:
        owners = [t.id for t in theatres.theatres if actor in t.members]
        if len(owners) == 1:
            return owners
    return []


@lru_cache(maxsize=8192)
def sentence_parties(text: str) -> frozenset[str]:
    """Country and organisation codes named in a sentence, read with the extractor's gazetteer."""
    from services.extractor.matcher import find_mentions  # the project's one list of names

    return frozenset(m.item.code for m in find_mentions(text)["ent"] if m.item.code)
