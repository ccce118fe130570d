"""The router's event-time watermark over its input partitions (pure): safe to close windows up to."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import datetime

# One partition's state in a router's report: the largest published_at read from it, and whether it still had
# unread records then.
Mark = tuple[datetime, bool]


class SourceWatermark:
    """Largest published_at per input partition; the watermark is the smallest among partitions with backlog.

    Used twice: each router keeps one over the event partitions it reads (`observe`), and each score worker
    merges the routers' reports (`merge`) into one over every event partition, so that with several workers a
    router that runs ahead cannot close windows while another still holds older events.

    A partition that is caught up (nothing left to read) cannot hold anything older than what is live,
    so it does not hold the watermark back; a partition with backlog does, until its events are read.
    When every partition is caught up, the watermark is the largest event time seen.
    """

    def __init__(self) -> None:
        self._seen: dict[Hashable, datetime] = {}
        self._backlog: dict[Hashable, bool] = {}

    def observe(self, partition: Hashable, published_at: datetime, backlog: bool) -> None:
        """Record an event read from `partition`, and whether that partition still has unread records."""
        previous = self._seen.get(partition)
        self._seen[partition] = published_at if previous is None else max(previous, published_at)
        self._backlog[partition] = backlog

    def mark_backlog(self, partition: Hashable, backlog: bool) -> None:
        """Update a partition's backlog flag (e.g. a newly assigned partition with records to read)."""
        self._backlog[partition] = backlog

    def forget(self, partition: Hashable) -> None:
        """A partition revoked from this worker no longer holds the watermark back."""
        self._seen.pop(partition, None)
        self._backlog.pop(partition, None)

    def report(self) -> dict[Hashable, Mark]:
        """This view per partition, to send to the score workers (who merge the views of every router)."""
        return {p: (seen, self._backlog.get(p, False)) for p, seen in self._seen.items()}

    def merge(self, report: Mapping[Hashable, Mark]) -> None:
        """Take a router's report: for each partition it reads, its latest word replaces any earlier one.

        Replacing (rather than keeping the largest) lets the new owner of a partition after a rebalance, which
        re-reads from the last commit, speak for it; the old owner no longer reports it.
        """
        for partition, (seen, backlog) in report.items():
            self._seen[partition] = seen
            self._backlog[partition] = backlog

    @property
    def value(self) -> datetime | None:
        """The event time every unread record is expected to be at or after (None: not known yet)."""
        behind = [p for p, waiting in self._backlog.items() if waiting]
        if any(p not in self._seen for p in behind):
            return None  # a partition with backlog we have not read from yet: nothing is safe to close
        if behind:
            return min(self._seen[p] for p in behind)
        return max(self._seen.values(), default=None)
