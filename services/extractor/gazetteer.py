"""Gazetteer: surface forms of countries, places, institutions, leaders and organisations → codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.yaml"

# Section of the data file → kind of the entity (kept on each form: actor rules differ by kind).
_SECTIONS = ("countries", "capitals", "demonyms", "institutions", "leaders", "organisations", "movements")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity form: its code (None for seas and other no-country names) and its kind."""

    code: str | None
    kind: str  # country, demonym, institution, leader, organisation, null
    form: str


def _strip_article(form: str) -> str:
    # "the Kremlin" is written "the Kremlin" and "Kremlin"; the match keys on the name itself.
    return form[4:] if form.lower().startswith("the ") else form


def _pycountry_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                forms[_strip_article(name)] = code
    return forms


@lru_cache(maxsize=1)
def load_gazetteer(path: Path = DATA_FILE) -> dict[str, Entity]:
    """All forms → Entity, from pycountry plus the data file; the data file wins on conflicts."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries: dict[str, Entity] = {}
    for form, code in _pycountry_forms().items():
        entries[form] = Entity(code, "country", form)
    for section in _SECTIONS:
        kind = section.rstrip("s") if section != "countries" else "country"
        for code, forms in (data.get(section) or {}).items():
            for form in forms:
                form = _strip_article(str(form))
                entries[form] = Entity(str(code), kind, form)
    for form in data.get("no_country") or []:
        form = _strip_article(str(form))
        entries[form] = Entity(None, "null", form)
    return entries


# Pyongyang's state media write the other half in lower case ("the south Korean puppet forces", "in south Korea").
_KOREA_LOWER = ("south Korea", "north Korea")


@lru_cache(maxsize=65536)  # pure and called for every entity match; the same names recur in every article
def form_matches_case(form: str, written: str) -> bool:
    """Whether `written` (the text as found) is a proper-noun use of `form`.

    Names must start with a capital; short forms (US, UN, EU, AU, UK) must be all capitals so that
    the words "us" or "au" never resolve.
    """
    if written and form[0].islower() and written == form and any(c.isupper() for c in form):
        return True  # a name opening with a lower-case particle, written so: "von der Leyen", "bin Salman", "el-Sisi"
    if not written or not written[0].isupper() and not written.startswith(_KOREA_LOWER):
        return False
    letters = [c for c in form if c.isalpha()]
    if len(letters) <= 3:
        if any(c.islower() for c in letters):  # "Xi": exactly as listed
            return [c for c in written if c.isalpha()] == letters
        return all(c.isupper() for c in written if c.isalpha())
    return True


def resolve(name: str) -> str | None:
    """Code of a name as written ("the Kremlin" → RUS), or None when unknown or not a country."""
    entries = load_gazetteer()
    entity = entries.get(_strip_article(name.strip()))
    if entity is None or not form_matches_case(entity.form, _strip_article(name.strip())):
        return None
    return entity.code
