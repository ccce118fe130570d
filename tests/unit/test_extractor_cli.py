"""`vigil extract` behaviour: one output line per input line, bad lines reported and skipped."""

from __future__ import annotations

import orjson
import typer
from typer.testing import CliRunner

from services.extractor.cli import extract

app = typer.Typer()
app.command()(extract)


def _run(stdin: str) -> tuple[list[dict], str, int]:
    result = CliRunner().invoke(app, [], input=stdin)
    lines = [orjson.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return lines, result.stderr, result.exit_code


def test_good_line_gives_events() -> None:
    lines, _, code = _run('{"id": "x1", "text": "Russia massed 10,000 troops near the Ukrainian border."}\n')
    assert code == 0
    (line,) = lines
    assert line["id"] == "x1"
    (event,) = line["events"]
    assert (event["subtype"], event["actor"], event["quantity"]) == ("buildup", "RUS", 10000)
    assert set(event["evidence"]) == {"text", "start", "end"}


def test_bad_json_line_gets_an_error_and_the_run_goes_on() -> None:
    stdin = 'not json\n{"id": "x2", "text": "The school held a fire drill."}\n{"id": "x3"}\n'
    lines, stderr, code = _run(stdin)
    assert code == 0
    assert [line["id"] for line in lines] == [None, "x2", "x3"]
    assert lines[0]["events"] == [] and "invalid JSON" in lines[0]["error"]
    assert "error" not in lines[1] and lines[1]["events"] == []
    assert "text" in lines[2]["error"]
    assert "line 1" in stderr and "line 3" in stderr


def test_values_json_cannot_carry_are_the_lines_errors_not_the_runs() -> None:
    # a count past 64 bits is no count; an id past 64 bits would come back as a float, so it is refused
    stdin = (
        '{"id": "big", "text": "Russia deployed 99999999999999999999999 troops to the border with Ukraine."}\n'
        '{"id": 123456789012345678901234567890, "text": "Russia massed troops."}\n'
        '{"id": "ok", "text": "Russia massed 10,000 troops near the Ukrainian border."}\n'
    )
    lines, stderr, code = _run(stdin)
    assert code == 0
    assert [line["id"] for line in lines] == ["big", None, "ok"]
    assert [event["quantity"] for event in lines[0]["events"]] == [None]
    assert "64 bits" in lines[1]["error"] and "line 2" in stderr
    assert lines[2]["events"][0]["quantity"] == 10000


def test_a_line_that_is_not_utf8_in_a_file_is_that_lines_error(tmp_path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Russia massed 10,000 troops near the Ukrainian border."}\n'
        b'{"id": "b", "text": "caf\xe9"}\n'
        b'{"id": "c", "text": "The school held a fire drill."}\n'
    )
    result = CliRunner().invoke(app, ["--input", str(path)])
    lines = [orjson.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert result.exit_code == 0
    assert [line.get("id") for line in lines] == ["a", None, "c"]
    assert "UTF-8" in lines[1]["error"] and "line 2" in result.stderr
