"""Every benchmark still runs, on a tiny load: the schema or an interface changing under a
benchmark must fail here, not months later when someone measures. Each runs as its README
says (``python -m bench.NAME``), in its own process, and must end with one JSON object of its
figures. The figures themselves are not judged here (benchmarks judge them, never tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

TINY = {
    "search": ["--messages", "300", "--documents", "20", "--queries", "10"],
    "initial_sync": ["--members", "6", "--committees", "3", "--documents", "10", "--repeat", "1"],
    "vote_burst": ["--members", "20", "--rate", "50", "--concurrency", "4"],
    "chat_fanout": ["--clients", "3", "--messages", "2", "--rate", "5", "--processes", "1"],
    "pdf_sync": ["--files", "2", "--min-mb", "0.05", "--max-mb", "0.1", "--repeat", "1"],
}


def test_every_benchmark_is_listed_here() -> None:
    found = {p.stem for p in (ROOT / "bench").glob("*.py") if not p.stem.startswith("_")}
    assert found == set(TINY)


@pytest.mark.parametrize("name", sorted(TINY))
def test_the_benchmark_runs_on_a_tiny_load_and_ends_with_its_figures(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{name}", *TINY[name]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) > 1  # a readable report first
    figures = json.loads(lines[-1])
    assert isinstance(figures, dict) and figures
