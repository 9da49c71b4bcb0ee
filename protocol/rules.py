"""Pure rules both sides compute identically."""

from __future__ import annotations

import unicodedata


def normalise_email(email: str) -> str:
    """The form under which an email address is stored and compared."""
    return unicodedata.normalize("NFKC", email).strip().lower()
