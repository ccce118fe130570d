"""Raw news articles as published to `articles.raw.v1`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas.common import Payload, UtcDatetime

ARTICLE_SCHEMA_VERSION = 1
MAX_BODY_CHARS = 100_000


class RawArticle(Payload):
    """A normalised news article, the input of the extractor."""

    schema_version: Literal[1] = Field(
        default=ARTICLE_SCHEMA_VERSION, description="Major version of this payload; a breaking change opens v2."
    )
    article_id: str = Field(
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9._:\-]+$",
        description="Stable id: the id given by the source, or a content hash derived by ingest. Key of the topic.",
    )
    source: str = Field(min_length=1, max_length=200, description="Outlet or feed name, e.g. 'Reuters' or a feed URL.")
    url: str | None = Field(default=None, max_length=2000, description="Canonical link of the article, if any.")
    title: str = Field(max_length=1000, description="Headline, plain text.")
    body: str = Field(
        max_length=MAX_BODY_CHARS, description="Article text, plain text with paragraphs separated by blank lines."
    )
    published_at: UtcDatetime = Field(description="When the outlet published the article (event time), UTC.")
    known_at: UtcDatetime = Field(description="When Vigil ingested the article (processing time), UTC.")
    language: str = Field(default="en", min_length=2, max_length=8, description="ISO 639-1 language code of the text.")

    @property
    def text(self) -> str:
        """The text events are extracted from; evidence offsets index into it."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body
