"""Every gated pattern's pre-test words cover every match of its regex, so the gate never hides a match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.extractor import core
from services.extractor.gating import GatedPattern

ROOT = Path(__file__).resolve().parents[2]
GATED = {name: value for name, value in vars(core).items() if isinstance(value, GatedPattern)}


def corpus() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "tests/data/dev_sentences.jsonl").read_text().splitlines()]
    for path in (ROOT / "tests/data/scenario/articles.jsonl", ROOT / "deploy/demo/feed.jsonl"):
        for line in path.read_text().splitlines():
            article = json.loads(line)
            texts.append(f"{article['title']}\n\n{article['body']}")
    return texts


def test_the_core_uses_gated_patterns() -> None:
    assert len(GATED) >= 5


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_contains_a_gate_word(name: str) -> None:
    gated = GATED[name]
    for text in corpus():
        for match in gated.regex.finditer(text):
            matched = match.group(0).lower()
            assert any(word in matched for word in gated.words), f"{name}: {matched!r} holds none of its gate words"
        assert (gated.search(text) is None) == (gated.regex.search(text) is None), f"{name} differs on {text[:80]!r}"
