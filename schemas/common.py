"""Shared building blocks for every payload: the strict base model and code types."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

CODE_PATTERN = r"^[A-Z]{2,5}$"

Code = Annotated[
    str,
    Field(
        pattern=CODE_PATTERN,
        description="ISO 3166-1 alpha-3 country code (RUS, UKR, USA…) or organisation code (NATO, EU, UN, OSCE, CSTO, AU).",
        examples=["RUS", "NATO"],
    ),
]


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamp must carry a timezone (ISO 8601 with Z or an offset)")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_aware_utc)]


class Payload(BaseModel):
    """Base of every topic payload: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)
