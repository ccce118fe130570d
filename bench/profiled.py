"""Run a `vigil` command under pyinstrument and write its profile when it exits (`python -m bench.profiled OUT ARGS`).

Writes OUT (JSON: top functions by self time, the main thread's sampled seconds) and OUT with `.txt` (the
call tree). pyinstrument samples the main thread only: in a faust worker that is the event loop running
the agents; aiokafka's consumer thread is not in the profile (bench/run.py reports per-thread CPU instead).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson
from pyinstrument import Profiler

IDLE = frozenset({"epoll.poll", "select.select", "poll.poll", "kqueue.control"})  # the event loop waiting for I/O


def top_functions(root: Any, limit: int = 25) -> list[dict[str, Any]]:
    """Functions by self time summed over the whole call tree, largest first."""
    self_time: dict[tuple[str, str, int | None], float] = defaultdict(float)
    stack = [root]
    while stack:
        frame = stack.pop()
        stack.extend(frame.children)
        if (
            not frame.is_synthetic
        ):  # a synthetic [self]/[await] leaf's time is in its parent's total_self_time
            self_time[(frame.function, frame.file_path_short or "", frame.line_no)] += frame.total_self_time
    total = sum(self_time.values()) or 1.0
    busy = total - sum(t for (f, _, _), t in self_time.items() if f in IDLE) or 1.0
    ranked = sorted(self_time.items(), key=lambda kv: -kv[1])[:limit]
    return [
        {"function": f, "file": path, "line": line, "self_s": round(t, 3), "share": round(t / total, 4),
         "share_busy": None if f in IDLE else round(t / busy, 4)}
        for (f, path, line), t in ranked
    ]


def inclusive_functions(
    root: Any, prefixes: tuple[str, ...] = ("services", "schemas"), limit: int = 25
) -> list[dict[str, Any]]:
    """Project functions by inclusive time (with callees), outermost call only, as a share of the whole profile."""
    spent: dict[tuple[str, str, int | None], float] = defaultdict(float)
    stack: list[tuple[Any, frozenset[tuple[str, str, int | None]]]] = [(root, frozenset())]
    while stack:
        frame, above = stack.pop()
        key = (frame.function, frame.file_path_short or "", frame.line_no)
        if not frame.is_synthetic and key[1].startswith(prefixes) and key not in above:
            spent[key] += frame.time
        stack.extend((child, above | {key}) for child in frame.children)
    whole = root.time or 1.0
    ranked = sorted(spent.items(), key=lambda kv: -kv[1])[:limit]
    return [
        {"function": f, "file": path, "line": line, "inclusive_s": round(t, 3), "share": round(t / whole, 4)}
        for (f, path, line), t in ranked
    ]


def package_shares(root: Any) -> dict[str, float]:
    """Share of self time by top-level package (services, faust, aiokafka, pydantic, asyncio...)."""
    totals: dict[str, float] = defaultdict(float)
    stack = [root]
    while stack:
        frame = stack.pop()
        stack.extend(frame.children)
        if frame.is_synthetic:
            continue
        head = (frame.file_path_short or "?").replace("\\", "/").split("/")[0]
        totals[head.removesuffix(".py")] += frame.total_self_time
    whole = sum(totals.values()) or 1.0
    return {k: round(v / whole, 4) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])[:15]}


def summary(session: Any) -> dict[str, Any]:
    """The JSON summary of a pyinstrument session (also usable on a saved `.pyisession`)."""
    root = session.root_frame()
    return {
        "duration_s": round(session.duration, 2),
        "sampled_cpu_s": round(session.cpu_time or 0.0, 2),
        "top_functions": top_functions(root),
        "project_inclusive": inclusive_functions(root),
        "packages": package_shares(root),
    }


def write(profiler: Profiler, out: Path) -> None:
    """Small files first: the worker may be killed if it is slow to exit, and the saved session is large."""
    session = profiler.last_session
    if session is None or session.root_frame() is None:
        return
    out.write_bytes(orjson.dumps(summary(session), option=orjson.OPT_INDENT_2))
    out.with_suffix(".txt").write_text(profiler.output_text(unicode=True, show_all=False))
    session.save(str(out.with_suffix(".pyisession")))  # re-render: pyinstrument --load FILE --show-all


def main() -> None:
    out = Path(sys.argv[1])
    sys.argv = ["vigil", *sys.argv[2:]]
    from services.cli import main as vigil

    # async_mode disabled: sample the thread's real stacks, whatever coroutine is running on the loop
    profiler = Profiler(interval=0.002, async_mode="disabled")
    profiler.start()
    try:
        vigil()
    finally:
        profiler.stop()
        write(profiler, out)


if __name__ == "__main__":
    main()
