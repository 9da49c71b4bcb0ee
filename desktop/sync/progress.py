"""How far a pull has come: what the first sync shows while a new member waits.

The engine calls ``progress(SyncProgress)`` after every page it applied (docs/INSTALLED.md,
"First run"); the callback may answer False to stop after that page: what was applied stays,
the cursor with it, and the next sync goes on from there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from protocol.cursor import decode_cursor
from protocol.models import SyncPage


@dataclass(frozen=True)
class SyncProgress:
    """After one page: the seq reached, the seq the pull started from and the log's newest
    seq (None from a server that does not say it), and the changes applied so far per kind."""

    start_seq: int
    seq: int
    head_seq: int | None
    pages: int
    applied: Mapping[str, int] = field(default_factory=dict)

    @property
    def fraction(self) -> float | None:
        """From 0.0 to 1.0; None when the server did not say how far there is to go."""
        if self.head_seq is None:
            return None
        total = self.head_seq - self.start_seq
        if total <= 0:
            return 1.0
        return min(1.0, max(0.0, (self.seq - self.start_seq) / total))


#: Called after every page; False stops the pull after it (None or True go on).
ProgressCallback = Callable[[SyncProgress], "bool | None"]


def cursor_seq(cursor: str | None) -> int:
    """The seq a cursor points at; 0 for none, or one the app cannot read."""
    decoded = decode_cursor(cursor) if cursor else None
    return decoded[1] if decoded is not None else 0


def after_page(
    start_seq: int, page: SyncPage, pages: int, applied: Mapping[str, int]
) -> SyncProgress:
    """The progress once ``page`` is applied; a reset page starts again from 0."""
    return SyncProgress(
        start_seq=0 if page.reset else start_seq,
        seq=cursor_seq(page.next_cursor),
        head_seq=page.head_seq,
        pages=pages,
        applied=dict(applied),
    )
