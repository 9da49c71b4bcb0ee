"""``quorum search``: the lines it prints, in the member's language.

One result per line, fields separated by tabs: kind, date (local, YYYY-MM-DD), place, title, and
the snippet with the words found between « and ». The language follows the app: ``$QUORUM_LANG``,
then the profile's choice, then the system's locale (French for a French system).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from desktop.core.search_api import DOCUMENT, IDEA, MESSAGE, MOTION, SearchHit

LANG_ENV = "QUORUM_LANG"
_LOCALE_ENVS = ("LC_ALL", "LC_MESSAGES", "LANG")

_KIND_NAMES = {
    "en": {DOCUMENT: "document", MOTION: "motion", MESSAGE: "message", IDEA: "idea"},
    "fr": {DOCUMENT: "document", MOTION: "vote", MESSAGE: "message", IDEA: "idée"},
}
_NO_RESULT = {"en": "No result.", "fr": "Aucun résultat."}


def cli_language(preferred: str = "", env: Mapping[str, str] = os.environ) -> str:
    """``$QUORUM_LANG`` first, then the profile's choice, then the system's locale."""
    for candidate in (env.get(LANG_ENV, ""), preferred):
        code = candidate.strip().lower()[:2]
        if code in _NO_RESULT:
            return code
    for name in _LOCALE_ENVS:
        value = env.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def no_result(language: str) -> str:
    return _NO_RESULT.get(language, _NO_RESULT["en"])


def result_line(hit: SearchHit, language: str) -> str:
    kind = _KIND_NAMES.get(language, _KIND_NAMES["en"]).get(hit.kind, hit.kind)
    date = hit.when.astimezone().strftime("%Y-%m-%d")
    fields = (kind, date, hit.scope_name, hit.title, quoted(hit.snippet, hit.highlights))
    return "\t".join(" ".join(field.split()) for field in fields)


def quoted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with each span between « and »."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        out += [text[position:start], "«", text[start:end], "»"]
        position = end
    out.append(text[position:])
    return "".join(out)
