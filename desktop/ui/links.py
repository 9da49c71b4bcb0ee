"""``quorum://`` links: where a link inside Quorum leads, and opening it in the app.

A message, an idea, an announcement or a document may link to a member, a committee, a
document, a motion, an idea or an announcement (``quorum://<kind>/<id>``, see
``protocol.network``). :class:`LinkRouter` knows one opener per kind (the main window gives
them: the Documents view for a document, the Votes view for a motion, ...); a kind nobody
opens is ignored, never guessed. Web links are not for this router: the reader asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl

from desktop.core.render import INTERNAL_LINK

KINDS = ("member", "committee", "document", "motion", "idea", "announcement", "message")


@dataclass(frozen=True)
class Target:
    kind: str  # one of KINDS
    id: str


def link_to(kind: str, target_id: str) -> str:
    return f"quorum://{kind}/{target_id}"


def parse_link(url: QUrl | str) -> Target | None:
    """The target of a ``quorum://`` link; None for anything else (web links included)."""
    text = url.toString() if isinstance(url, QUrl) else url
    found = INTERNAL_LINK.fullmatch(text.strip())
    if found is None:
        return None
    return Target(found.group(1), found.group(2))


def is_quorum_link(url: QUrl | str) -> bool:
    return parse_link(url) is not None


class LinkRouter:
    """Opens a ``quorum://`` link with the opener registered for its kind."""

    def __init__(self) -> None:
        self._openers: dict[str, Callable[[str], object]] = {}

    def register(self, kind: str, opener: Callable[[str], object]) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        self._openers[kind] = opener

    def can_open(self, url: QUrl | str) -> bool:
        target = parse_link(url)
        return target is not None and target.kind in self._openers

    def open(self, url: QUrl | str) -> bool:
        """True when the link was a ``quorum://`` link the app knows how to open."""
        target = parse_link(url)
        if target is None:
            return False
        opener = self._openers.get(target.kind)
        if opener is None:
            return False
        opener(target.id)
        return True
