"""The Quorum desktop app."""

from __future__ import annotations

from desktop import none_guard

none_guard.install()  # before any Qt call: see the module

#: The app's version: sent to the server, which may require a newer one (docs/INSTALLED.md).
#: Kept equal to the package's version in pyproject.toml (a test checks it).
__version__ = "0.1.0"
