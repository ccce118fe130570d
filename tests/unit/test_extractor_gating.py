"""Every gated pattern of the extraction core's modules: its pre-test words cover every match of its regex, so the
gate never hides a match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.extractor import clauses, core, movements, statements, triggers
from services.extractor.gating import GatedPattern

ROOT = Path(__file__).resolve().parents[2]
# In import order, so that each pattern is named after the module that defines it, not one that imports it.
MODULES = (clauses, triggers, movements, statements, core)
GATED: dict[str, GatedPattern] = {}
for _module in MODULES:
    for _name, _value in vars(_module).items():
        if isinstance(_value, GatedPattern) and all(_value is not seen for seen in GATED.values()):
            GATED[f"{_module.__name__.rsplit('.', 1)[-1]}.{_name}"] = _value


def corpus() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "tests/data/dev_sentences.jsonl").read_text().splitlines()]
    for path in (ROOT / "tests/data/scenario/articles.jsonl", ROOT / "deploy/demo/feed.jsonl"):
        for line in path.read_text().splitlines():
            article = json.loads(line)
            texts.append(f"{article['title']}\n\n{article['body']}")
    return texts


def test_the_core_uses_gated_patterns() -> None:
    assert len(GATED) >= 5


def windows(gated: GatedPattern, texts: list[str]) -> list[str]:
    """What the pattern is applied to: whole texts, or for a pattern anchored at the end ("…$", used on the words
    just before a trigger) every prefix of the first texts that ends before a word."""
    if not gated.regex.pattern.endswith("$"):
        return texts
    return [text[:i] for text in texts[:400] for i in range(1, len(text)) if text[i - 1] == " "]


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_contains_a_gate_word(name: str) -> None:
    gated = GATED[name]
    matches = 0
    for text in windows(gated, corpus()):
        for match in gated.regex.finditer(text):
            matches += 1
            matched = match.group(0).lower()
            assert any(word in matched for word in gated.words), f"{name}: {matched!r} holds none of its gate words"
        assert (gated.search(text) is None) == (gated.regex.search(text) is None), f"{name} differs on {text[:80]!r}"
    assert matches, f"{name} never matches the corpus: nothing was checked"
