"""Quantity parsing and attachment: troops, ships and aircraft only."""

from __future__ import annotations

import pytest

from services.extractor.core import extract_text
from services.extractor.quantities import parse_quantity

PARSE = [
    ("more than 150,000", 150000),
    ("7,000", 7000),
    ("some 30,000", 30000),
    ("12 warships", 12),
    ("1.5 million", 1500000),
    ("twelve", 12),
    ("tens of thousands", None),
    ("thousands of", None),
    ("dozens", None),
    ("several hundred", None),
    ("a few thousand", None),
    ("no number here", None),
    ("half a million", 500000),
    ("half a dozen", 6),
    ("５，０００", 5000),  # full-width digits and comma, as some copy carries them
    ("0.4", None),  # a fraction of a soldier is no count
    ("99999999.9", None),  # rounds up to the bound, which is excluded
    ("000", None),  # the tail of a number cut by a separator the pattern does not know
    ("5 000", 5000),  # a plain space separates thousands in much European copy
    ("about 1 200 000", 1200000),
    ("12 500,5", 12),  # no thousands group: "12", then a decimal "500,5" is not read as one number
    # hundreds in words are one number, not a unit count followed by a hundred
    ("two hundred", 200),
    ("fifteen hundred", 1500),
    ("one hundred and fifty", 150),
    ("three hundred thousand", 300000),
    ("a hundred", 100),
]


@pytest.mark.parametrize(("phrase", "expected"), PARSE)
def test_parse_quantity(phrase: str, expected: int | None) -> None:
    assert parse_quantity(phrase) == expected


SENTENCES = [
    ("Russia has massed more than 150,000 troops near the Ukrainian border.", 150000),
    ("China sent 12 warships toward Taiwan on Monday.", 12),
    ("Some 30,000 Azerbaijani troops were concentrated near Armenia.", 30000),
    ("Tens of thousands of Russian troops were massed near Ukraine.", None),
    ("Russia moved 200 armoured vehicles toward the Ukrainian border.", None),
    ("Belarus reinforced its border with Ukraine with two additional battalions.", None),
    ("Two Chinese navy destroyers sailed toward Japan.", 2),
    ("Armenia said Azerbaijan had moved several hundred soldiers up to the border near Jermuk.", None),
    # a name's number is no count: the count is the word before it
    ("Four French Mirage 2000 jets left Niamey on Friday, the French air force said.", 4),
    # a range counts its lower bound, whichever end the noun is next to; a change "from … to" is no range
    ("Kenya has moved between 2,500 and 3,000 soldiers to its border with Somalia, officials said.", 2500),
    ("Officials said 6,000 to 9,000 Ethiopian troops had massed near the Eritrean border.", 6000),
    ("Serbia said it had reduced its troops near Kosovo from 6,000 to 2,500.", 2500),
    # a "-strong" unit states its troops; the count of troops outranks a nearer count of vehicles joined to it
    ("Poland will station a 3,500-strong brigade near the Belarusian border by next year.", 3500),
    ("Some 4,000 Russian soldiers and 150 tanks were moved toward the Finnish border, Helsinki said.", 4000),
    # thousands separated by a space; a day of the month before a count is no thousands group
    ("Russia has massed 5 000 troops near the Finnish border, Helsinki said.", 5000),
    ("On May 14 300 Russian troops left the base near Pskov, the ministry said.", 300),
    # "not one soldier" counts none
    ("Russia has not moved one soldier to the border, the Kremlin said.", None),
    # ages are no counts: "men aged 18 to 55", "20-year-old conscripts"
    ("The separatist leader ordered a general mobilisation of all men aged 18 to 55.", None),
    ("Russia sent two hundred soldiers to the border on Monday.", 200),
    ("Three hundred thousand reservists were mobilised, the ministry said.", 300000),
    # a year after "by" is a deadline, also when the sentence ends on it
    ("The last Soviet troops left Lithuania by 1993.", None),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_quantity_of_troop_events(text: str, expected: int | None) -> None:
    events = [e for e in extract_text(text) if e.type == "troop_movement"]
    assert events, "a troop movement should be found"
    assert events[0].quantity == expected


def test_another_verbs_count_is_not_the_movements() -> None:
    events = {e.subtype: e.quantity for e in extract_text(
        "Armenia called up 20,000 reservists and moved two brigades toward the border with Azerbaijan."
    )}
    assert events == {"mobilization": 20000, "buildup": None}
