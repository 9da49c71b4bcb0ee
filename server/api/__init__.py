"""The HTTP API: thin routes over ``server.services``."""

from __future__ import annotations

from server.api.app import create_app

__all__ = ["create_app"]
