"""Base classes and field types of every wire model."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Email = Annotated[str, StringConstraints(min_length=3, max_length=254, strip_whitespace=True)]


class Request(BaseModel):
    """What a client sends: unknown fields are refused (a typo is a 422, not ignored)."""

    model_config = ConfigDict(extra="forbid")


class Payload(BaseModel):
    """What the server sends: unknown fields are ignored (older apps keep working)."""

    model_config = ConfigDict(extra="ignore")
