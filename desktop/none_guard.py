"""A guard against a reference-counting bug of the Qt bindings (shiboken6 6.12.0) on Python
before 3.12: every call of a Qt method that returns nothing (``label.setText(...)``) takes one
reference from ``None`` that it never gave. Python 3.12 made ``None`` immortal, which hides the
bug there; on 3.11 ``None``'s count falls by one per call until the interpreter aborts with
"Fatal Python error: none_dealloc" — after some thousands of calls, that is, minutes into any
session. PySide6 6.11.3 does not have the bug; 6.12 is the first with QtPdf as its own small
package, which the bundle relies on.

``install()`` gives ``None`` a count no session can use up, as Python 3.12 does for it. It runs
when the ``desktop`` package is imported, before any Qt call. ``tests/desktop/test_none_guard.py``
proves a long run of such calls survives.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count: 2**60 calls would take longer than the universe has.
HEADROOM = 1 << 60


def needed() -> bool:
    """CPython before 3.12 in a normal build (a trace-refs debug build lays objects out
    differently, and is never what a member runs)."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "getobjects")
    )


def install() -> bool:
    """True when the guard is in place (or not needed); idempotent."""
    if not needed():
        return True
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of PyObject
    before = sys.getrefcount(None)
    if count.value >= HEADROOM:
        return True
    count.value += HEADROOM
    return sys.getrefcount(None) >= before + HEADROOM - 1000
