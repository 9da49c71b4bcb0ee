"""Dates and times in the member's language ("12 mars 2025", "10 h 32"), in local time."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def to_local(moment: datetime) -> datetime:
    """``moment`` in this computer's time zone (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def format_date(moment: datetime) -> str:
    """The day of ``moment`` in words: "12 March 2025" / "12 mars 2025"."""
    local = to_local(moment)
    pattern = QCoreApplication.translate("Format", "d MMMM yyyy")
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)


def format_time(moment: datetime) -> str:
    """The time of ``moment``: "10:32" / "10 h 32"."""
    local = to_local(moment)
    # The pattern is a QTime format: the French translation writes hours as "10 h 32".
    pattern = QCoreApplication.translate("Format", "HH:mm")
    return QTime(local.hour, local.minute).toString(pattern)


def format_moment(moment: datetime, today: date | None = None) -> str:
    """ "at 10:32" today, "on 12 March 2025 at 10:32" another day."""
    local = to_local(moment)
    today = today or datetime.now().astimezone().date()
    if local.date() == today:
        return fill(QCoreApplication.translate("Format", "at %1"), format_time(moment))
    return fill(
        QCoreApplication.translate("Format", "on %1 at %2"),
        format_date(moment),
        format_time(moment),
    )


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``… replaced in one pass (a value containing "%2" stays
    as it is), like ``QString.arg`` for translated sentences."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )
