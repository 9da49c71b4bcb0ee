"""Session-wide test set-up.

- Qt runs offscreen with one QApplication (pytest-qt's ``qapp``).
- In CI (``CI`` set) a skipped test is a failure: a test CI never runs is a defect.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Tests never read a real member's profile.
os.environ.pop("QUORUM_PROFILE", None)
os.environ.pop("QUORUM_CACHE_PASSPHRASE", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {report.longrepr}"
