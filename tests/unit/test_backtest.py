"""Backtest pipeline and `vigil backtest` command, with a fake extractor (the real one is in the scenario test)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from typer.testing import CliRunner

from schemas.articles import RawArticle
from schemas.escalation import Alert, EscalationScore
from schemas.events import TYPE_OF_SUBTYPE, Event, Evidence
from services.escalation import backtest as backtest_module
from services.escalation.backtest import parse_article, run_backtest
from services.escalation.cli import app, load_params
from services.escalation.params import DetectorParams
from services.escalation.theatres import load_theatres

THEATRES = load_theatres()
T0 = datetime(2026, 1, 5, tzinfo=UTC)


def fake_extract(article: RawArticle, known_at: datetime) -> list[Event]:
    """Events written into the body as `subtype:ACTOR:LOCATION[:quantity]` tokens: a fake, not a mock."""
    events = []
    for index, token in enumerate(t for t in article.body.split() if t.count(":") >= 2):
        subtype, actor, location, *rest = token.split(":")
        day = article.published_at.date().isoformat()
        events.append(
            Event(
                type=TYPE_OF_SUBTYPE[subtype],
                subtype=subtype,
                actor=actor,
                location=location,
                quantity=int(rest[0]) if rest else None,
                assertion="reported",
                claimant=None,
                confidence=0.9,
                evidence=Evidence(text=token, start=0, end=len(token)),
                event_id=hashlib.sha256(f"{article.article_id}|{index}|{token}".encode()).hexdigest()[:32],
                fingerprint=hashlib.sha256(f"{subtype}|{actor}|{location}|{day}".encode()).hexdigest()[:24],
                article_id=article.article_id,
                source=article.source,
                published_at=article.published_at,
                known_at=known_at,
                extractor_version="fake-1",
            )
        )
    return events


def line(n: int, day: float, body: str, source: str = "Wire") -> dict:
    when = T0 + timedelta(days=day)
    return {
        "id": f"t-{n:04d}",
        "published_at": when.isoformat().replace("+00:00", "Z"),
        "source": source,
        "url": f"https://example.org/{n}",
        "title": f"Report {n} on the region",
        "body": f"The report says {body}",
    }


def corpus() -> list[dict]:
    """Six quiet weeks, a five-day crisis in venezuela-guyana, then calm; plus one-off noise elsewhere."""
    rows, n = [], 0
    for d in range(0, 42, 4):
        rows.append(line(n := n + 1, d + 0.4, "meeting:VEN:GUY and accusation:GUY:VEN today."))
    for d in range(42, 47):
        for k in range(5):
            rows.append(
                line(
                    n := n + 1,
                    d + k / 10,
                    "buildup:VEN:GUY:9000 warning:VEN:GUY demand:GUY:VEN mobilization:GUY:VEN today.",
                    source=f"Outlet {k}",
                )
            )
    for d in range(47, 70, 3):
        rows.append(line(n := n + 1, d + 0.5, "withdrawal:VEN:GUY and agreement:VEN:GUY today."))
    rows.append(line(n := n + 1, 20.5, "exercise:IND:PAK and warning:PAK:IND today."))
    return rows


def test_backtest_raises_and_resolves_on_the_crisis_only():
    result = run_backtest(corpus(), DetectorParams(), THEATRES, extract=fake_extract)
    states = [(a.theatre, a.state) for a in result.alerts]
    assert ("venezuela-guyana", "raised") in states and ("venezuela-guyana", "resolved") in states
    assert {a.theatre for a in result.alerts} == {"venezuela-guyana"}
    raised = next(a for a in result.alerts if a.state == "raised")
    assert T0 + timedelta(days=42) < raised.raised_at <= T0 + timedelta(days=45)
    assert result.counts["bad_lines"] == 0 and result.counts["articles"] == len(corpus())
    assert result.theatres["venezuela-guyana"].first_raised_at == raised.raised_at


def test_backtest_is_independent_of_line_order_and_deterministic():
    rows = corpus()
    forward = run_backtest(rows, extract=fake_extract)
    backward = run_backtest(list(reversed(rows)), extract=fake_extract)
    assert forward.alerts == backward.alerts and forward.scores == backward.scores
    assert [a.alert_id for a in forward.alerts] == [a.alert_id for a in run_backtest(rows, extract=fake_extract).alerts]


def test_backtest_flushes_every_theatre_to_the_end_of_the_data():
    result = run_backtest(corpus(), extract=fake_extract)
    last = max(s.window_end for s in result.scores)
    ends = {t: max(s.window_end for s in result.scores if s.theatre == t) for t in {s.theatre for s in result.scores}}
    assert ends == {"venezuela-guyana": last, "india-pakistan": last}  # india-pakistan's one-off day too


def test_bad_lines_are_reported_with_their_line_number_and_the_run_goes_on():
    good = [orjson.dumps(r).decode() for r in corpus()[:3]]
    lines = [
        good[0],
        "{not json",
        "",
        json.dumps({"id": "x", "title": "t", "body": "b"}),
        good[1],
        json.dumps({**corpus()[0], "published_at": "yesterday"}),
        "[1, 2]",
        good[2],
    ]
    result = run_backtest(lines, extract=fake_extract)
    assert [(e.line, e.reason) for e in result.errors] == [
        (2, "invalid_json"),
        (4, "invalid_schema"),
        (6, "invalid_schema"),
        (7, "invalid_schema"),
    ]
    assert result.counts["bad_lines"] == 4 and result.counts["articles"] == 3


def test_parse_article_uses_event_time_as_known_at():
    article = parse_article(corpus()[0])
    assert article.known_at == article.published_at and article.article_id == "t-0001"
    assert article.text.startswith("Report 1")


def test_load_params_from_overrides_and_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("floor_warning: 40\ncalm_windows: 3\n", encoding="utf-8")
    params = load_params(path, ["calm_windows=7", "k_warning=3.5"])
    assert (params.floor_warning, params.calm_windows, params.k_warning) == (40, 7, 3.5)
    with pytest.raises(Exception, match="invalid detector parameters"):
        load_params(None, ["no_such_param=1"])


def test_cli_writes_alerts_scores_and_plot(tmp_path, monkeypatch):
    monkeypatch.setattr(backtest_module, "_default_extract", lambda: fake_extract)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(orjson.dumps(r).decode() for r in corpus()) + "\n{broken\n", encoding="utf-8")
    scores, plot = tmp_path / "scores.jsonl", tmp_path / "plot.png"
    result = CliRunner().invoke(
        app, ["backtest", str(source), "--scores", str(scores), "--plot", str(plot), "--set", "calm_windows=4"]
    )
    assert result.exit_code == 0, result.output
    alerts = [Alert.model_validate_json(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert {a.state for a in alerts} >= {"raised", "resolved"}
    assert "line " in result.stderr and "invalid_json" in result.stderr
    assert "venezuela-guyana" in result.stderr  # the summary table
    written = [EscalationScore.model_validate_json(x) for x in scores.read_text().splitlines()]
    expected = run_backtest(corpus(), load_params(None, ["calm_windows=4"]), extract=fake_extract).scores
    assert written == expected and written  # every closed window, as the backtest computes them
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_reads_lines_as_ingest_does_and_reports_bad_bytes_as_bad_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(backtest_module, "_default_extract", lambda: fake_extract)
    rows = corpus()
    # U+2028, U+2029 and U+0085 are legal inside a JSON string (ingest takes them); only "\n" ends a line
    rows[0]["body"] += " first\u2028second\u2029third\x85end"
    lines = [orjson.dumps(r) for r in rows]
    lines.insert(2, b'{"id": "t-bad", "title": "caf\xe9"}')  # Latin-1, not UTF-8: one bad line, not a crash
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    for args, stdin in (([str(source)], None), ([], source.read_bytes())):
        result = CliRunner().invoke(app, ["backtest", *args], input=stdin)
        assert result.exit_code == 0, result.output
        assert f"{len(rows)} articles (1 bad lines)" in result.stderr
        assert "line 3: invalid_utf8: input is not valid UTF-8" in result.stderr


def test_cli_refuses_a_missing_input_file_with_a_clear_message(tmp_path):
    def said(result) -> str:  # the usage error's words, without rich's box and line wrapping
        return " ".join(result.stderr.translate(str.maketrans("│╭╮╰╯─", "      ")).split())

    result = CliRunner().invoke(app, ["backtest", str(tmp_path / "nowhere.jsonl")])
    assert result.exit_code == 2 and not isinstance(result.exception, FileNotFoundError)
    assert "Invalid value for 'input'" in said(result) and "does not exist" in said(result)
    result = CliRunner().invoke(app, ["backtest", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in said(result)
