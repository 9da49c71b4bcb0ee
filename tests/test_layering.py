"""The house has arrows that only point down; these tests keep them so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(package: str) -> dict[str, set[str]]:
    """Every top-level-qualified module imported by each file of a package."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{file} imports {name}"
        for file, names in imported_modules(package).items()
        for name in sorted(names)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize("package", ["protocol", "desktop/core", "desktop/cache", "desktop/sync"])
def test_no_qt_below_the_ui(package: str) -> None:
    assert offenders(package, ("PySide6", "shiboken6")) == []


def test_desktop_never_imports_the_server() -> None:
    assert offenders("desktop", ("server",)) == []


def test_server_never_imports_the_desktop() -> None:
    assert offenders("server", ("desktop",)) == []


def test_protocol_imports_neither_side() -> None:
    assert offenders("protocol", ("server", "desktop")) == []


def test_only_the_cache_touches_sqlcipher_and_the_keychain() -> None:
    outside = [p for p in ("desktop/core", "desktop/sync", "desktop/ui") if (ROOT / p).exists()]
    assert [o for p in outside for o in offenders(p, ("sqlcipher3", "keyring"))] == []


def test_the_ui_runs_no_sql() -> None:
    assert offenders("desktop/ui", ("sqlcipher3", "sqlite3", "sqlalchemy")) == []


def test_core_does_no_http() -> None:
    assert offenders("desktop/core", ("httpx",)) == []
