"""Gazetteer: countries, demonyms, capitals, regions, institutions, leaders and organisations → codes."""

from __future__ import annotations

import pytest

from services.extractor.gazetteer import load_gazetteer, resolve

CASES = [
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Moscow", "RUS"), ("the Kremlin", "RUS"),
    ("Shoigu", "RUS"), ("Putin", "RUS"), ("Lavrov", "RUS"), ("Russian", "RUS"),
    ("Ukraine", "UKR"), ("Kyiv", "UKR"), ("Crimea", "UKR"), ("Donbas", "UKR"),
    ("Ladakh", "IND"), ("Galwan", "IND"), ("Gaza", "PSE"), ("Nagorno-Karabakh", "AZE"),
    ("Golan Heights", "SYR"), ("Essequibo", "GUY"),
    ("the Pentagon", "USA"), ("the White House", "USA"), ("US", "USA"), ("U.S.", "USA"),
    ("Downing Street", "GBR"), ("Zhongnanhai", "CHN"), ("the Blue House", "KOR"), ("Xi", "CHN"),
    ("Kim Jong Un", "PRK"), ("Pyongyang", "PRK"), ("Stoltenberg", "NATO"),
    ("NATO", "NATO"), ("EU", "EU"), ("UN", "UN"), ("OSCE", "OSCE"), ("CSTO", "CSTO"), ("AU", "AU"),
    ("Germany", "DEU"), ("Federal Republic of Germany", "DEU"), ("Taiwan", "TWN"),
    ("Black Sea", None), ("South China Sea", None), ("Taiwan Strait", None),
    ("us", None), ("au", None), ("Atlantis", None),
]


@pytest.mark.parametrize(("name", "code"), CASES)
def test_resolve(name: str, code: str | None) -> None:
    assert resolve(name) == code


def test_pycountry_names_are_loaded() -> None:
    entries = load_gazetteer()
    assert entries["Argentina"].code == "ARG"
    assert entries["Iceland"].kind == "country"
