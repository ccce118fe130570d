"""Regex patterns with a cheap pre-test: plain substring checks that skip a search that cannot match."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import ahocorasick

_AUTOMATON_FROM = 12  # words; below this, `in` tests are faster than starting an automaton pass


class GatedPattern:
    """A compiled pattern plus words one of which every match contains (lower-case, ASCII).

    Python's `re` tries a pattern that starts with `\\b` and a long alternation at every position of the
    text, which costs far more than a few C-level `in` tests; most windows the extractor tests hold none
    of the words. The pre-test is only applied to ASCII text: under re.IGNORECASE a few non-ASCII
    letters ("ſ", "K", "İ", "ı") match ASCII ones, so such text always goes to the pattern itself.
    `search`, `match` and `finditer` return exactly what the pattern's own methods return.
    """

    __slots__ = ("regex", "words", "_automaton")

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...]) -> None:
        if isinstance(words, str) or not words:
            raise TypeError("words must be a non-empty tuple of strings")
        self.regex = regex
        self.words = words
        # A long word list is tested in one Aho-Corasick pass; a short one with plain `in` tests.
        self._automaton: ahocorasick.Automaton | None = None
        if len(words) >= _AUTOMATON_FROM:
            self._automaton = ahocorasick.Automaton()
            for word in words:
                self._automaton.add_word(word, word)
            self._automaton.make_automaton()

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        window = text[pos:endpos] if pos or endpos < len(text) else text
        if not window.isascii():
            return True
        low = window.lower()
        if self._automaton is not None:
            for _ in self._automaton.iter(low):
                return True
            return False
        for word in self.words:
            if word in low:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`regex.search(text, pos, endpos)`, skipped when no gate word occurs in the window."""
        if not self._may_match(text, pos, endpos):
            return None
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`regex.match(text, pos, endpos)`, skipped when no gate word occurs in the window."""
        if not self._may_match(text, pos, endpos):
            return None
        return self.regex.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`regex.finditer(text, pos, endpos)`, empty when no gate word occurs in the window."""
        if not self._may_match(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)
