"""Sentence splitting: offsets kept, headlines, quotes and abbreviations survive."""

from __future__ import annotations

import pytest

from services.extractor.sentences import split_sentences

CASES = [
    ("Troops moved. Ships sailed.", ["Troops moved.", "Ships sailed."]),
    (
        "Headline without a stop\n\nBody sentence one. Body two!",
        ["Headline without a stop", "Body sentence one.", "Body two!"],
    ),
    ("The U.S. Army moved in. Gen. Smith said so.", ["The U.S. Army moved in.", "Gen. Smith said so."]),
    ("Lt. Col. Kovalenko spoke on Jan. 5 to reporters.", ["Lt. Col. Kovalenko spoke on Jan. 5 to reporters."]),
    ("Resolution No. 5 passed. It was late.", ["Resolution No. 5 passed.", "It was late."]),
    ('"We are ready." He said it twice.', ['"We are ready."', "He said it twice."]),
    ('"Are we ready?" he asked.', ['"Are we ready?" he asked.']),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ("J. Biden spoke. Then left.", ["J. Biden spoke.", "Then left."]),
    ("It grew 2.5 percent. Then fell.", ["It grew 2.5 percent.", "Then fell."]),
    ("   ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_offsets_index_into_the_text() -> None:
    text = "Title here\n\n  First sentence.  Second one."
    spans = split_sentences(text)
    assert [text[start:end] for start, end in spans] == ["Title here", "First sentence.", "Second one."]
    assert spans == [(0, 10), (14, 29), (31, 42)]  # trimmed: no blank at either end of a span
