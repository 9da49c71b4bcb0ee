"""The Quorum central server: ``server.api.create_app(settings)``; ``quorum-server`` CLI."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy, so ``import server.settings`` does not pull in FastAPI.
    if name == "create_app":
        from server.api.app import create_app

        return create_app
    raise AttributeError(name)
