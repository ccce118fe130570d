"""`vigil ingest serve`: the HTTP `POST /articles` endpoint and the feed pollers, on one asyncio loop."""

from __future__ import annotations

import asyncio
import calendar
import logging
from datetime import datetime

import orjson
from aiohttp import web

from services.ingest.app import Outcome, Publisher
from services.ingest.feeds import parse_feed

log = logging.getLogger("vigil.ingest")
MAX_REQUEST_BYTES = 8 * 1024 * 1024


def _items(body: bytes) -> list[bytes]:
    """One JSON object (pretty-printed or not), a JSON array of them, or JSON lines, as a list of raw items
    (bad JSON stays raw for the DLQ)."""
    stripped = body.strip()
    try:
        value = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        if stripped.startswith(b"["):
            return [stripped]  # a broken array: one dead letter, not one per line of it
        return [line for line in stripped.splitlines() if line.strip()]
    if isinstance(value, list):
        return [orjson.dumps(item) for item in value]
    return [stripped]


def make_app(publisher: Publisher) -> web.Application:
    """The aiohttp application; each article is acknowledged by the broker before the response."""

    async def post_articles(request: web.Request) -> web.Response:
        body = await request.read()
        loop = asyncio.get_running_loop()
        peer = request.remote or "client"
        outcomes: list[Outcome] = []
        for index, item in enumerate(_items(body)):
            outcome = await loop.run_in_executor(
                None,
                lambda item=item, index=index: publisher.submit(
                    item, input="http", ref=f"http:{peer}#{index}", wait=True
                ),
            )
            outcomes.append(outcome)
        if any(o.outcome == "failed" for o in outcomes):
            status = 503  # the broker did not take them: worth a retry, unlike a rejection
        elif outcomes and all(o.outcome == "published" for o in outcomes):
            status = 202
        else:
            status = 400
        payload = {"results": [o.__dict__ for o in outcomes]} if outcomes else {"error": "empty request body"}
        return web.json_response(payload, status=status, dumps=lambda v: orjson.dumps(v).decode())

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application(client_max_size=MAX_REQUEST_BYTES)
    app.router.add_post("/articles", post_articles)
    app.router.add_get("/healthz", health)
    return app


async def poll_feed(publisher: Publisher, location: str, interval: float, stop: asyncio.Event) -> None:
    """Poll one feed until `stop`; new entries are published, known ones drop out as duplicates quietly.

    A poll or an entry that fails is logged and the poll counted as an error; the entry is tried again on
    the next poll, and the poller goes on."""
    polled: set[str] = set()  # entries already handled on an earlier poll: not duplicates worth a dead letter
    # the series exists from the start, at 0 (1970) until an entry is published: a feed that is down or moved
    # from the first poll on is then as silent to VigilFeedSilent as one that stopped later
    publisher.metrics.feed_last_article.labels(location).set(0)
    while not stop.is_set():
        try:
            ok = await _poll_once(publisher, location, polled)
        except Exception:
            log.exception("feed %s: poll failed", location)
            ok = False
        publisher.metrics.feed_polls.labels(location, "ok" if ok else "error").inc()
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            pass


async def _poll_once(publisher: Publisher, location: str, polled: set[str]) -> bool:
    """One poll of a feed; False when the feed could not be read or an entry could not be published."""
    loop = asyncio.get_running_loop()
    title, entries, error = await loop.run_in_executor(None, parse_feed, location)
    ok = error is None
    if error:
        log.error("feed %s: %s", location, error)
    newest = None
    for entry in entries:
        key = entry.get("id") or entry.get("url") or entry.get("title", "")
        if key in polled:
            continue
        try:
            # waits for the broker's ack: an entry counts as handled only once it is published or rejected
            outcome = await loop.run_in_executor(
                None, lambda e=entry: publisher.submit(e, input="feed", ref=f"feed:{location}", wait=True)
            )
        except Exception:
            log.exception("feed %s: entry %s failed", location, key)
            ok = False
            continue
        if outcome.outcome == "failed":  # already logged by the publisher
            ok = False
            continue
        polled.add(key)
        if outcome.outcome == "published" and entry.get("published_at"):
            stamp = datetime.fromisoformat(entry["published_at"])
            newest = max(newest or stamp, stamp)
    if newest is not None:
        publisher.metrics.feed_last_article.labels(location).set(calendar.timegm(newest.utctimetuple()))
    return ok


def _log_stopped(task: asyncio.Task[None]) -> None:
    """Done-callback of a feed poller: a poller only ends when cancelled, anything else is a bug to report."""
    if not task.cancelled() and task.exception() is not None:
        log.error("%s stopped: %r", task.get_name(), task.exception(), exc_info=task.exception())


async def serve(publisher: Publisher, host: str, port: int, feeds: list[str], interval: float) -> None:
    """Run the endpoint (when port > 0) and the feed pollers until cancelled."""
    stop = asyncio.Event()
    runner = None
    if port:
        runner = web.AppRunner(make_app(publisher))
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        log.info("ingest: POST http://%s:%d/articles", host, port)
    tasks = [asyncio.create_task(poll_feed(publisher, f, interval, stop), name=f"feed poller {f}") for f in feeds]
    for task in tasks:
        task.add_done_callback(_log_stopped)
    try:
        await asyncio.Event().wait()
    finally:
        stop.set()
        for task in tasks:
            task.cancel()
        if runner is not None:
            await runner.cleanup()
