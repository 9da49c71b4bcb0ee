"""Benchmarks: ``python -m bench.NAME``. Each prints a readable report and, as its last line,
one JSON object of its figures. They are never part of the test suite's pass/fail."""

from __future__ import annotations
