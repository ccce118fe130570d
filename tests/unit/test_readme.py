"""The README's configuration table is generated from the settings models and must be current."""

from __future__ import annotations

from pathlib import Path

from services.config_doc import BEGIN, END, render_readme

README = Path(__file__).resolve().parents[2] / "README.md"


def test_configuration_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    assert render_readme(text) == text, "regenerate the table with `make readme`"


def test_readme_gives_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
