"""``quorum search``: the lines it prints, in the member's language.

One result per line, fields separated by tabs: kind, date (local, YYYY-MM-DD), place, title, and
the snippet with the words found between « and ». The language follows the app: ``$QUORUM_LANG``,
then the profile's choice, then the system's locale (French for a French system).

``refusal`` keeps the search to what the app allows (docs/SECURITY.md): past the organisation's
offline limit it deletes this computer's data first, as the app does at start; while the app is
locked it reads nothing. Either way, one line says why.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.device_trust import offline_limit_passed, wipe_profile
from desktop.core.search_api import DOCUMENT, IDEA, MESSAGE, MOTION, SearchHit

if TYPE_CHECKING:
    from desktop.services import OpenCache

LANG_ENV = "QUORUM_LANG"
_LOCALE_ENVS = ("LC_ALL", "LC_MESSAGES", "LANG")

_KIND_NAMES = {
    "en": {DOCUMENT: "document", MOTION: "motion", MESSAGE: "message", IDEA: "idea"},
    "fr": {DOCUMENT: "document", MOTION: "vote", MESSAGE: "message", IDEA: "idée"},
}
_NO_RESULT = {"en": "No result.", "fr": "Aucun résultat."}
_LOCKED = {
    "en": "Quorum is locked: unlock it in the app, then search again.",
    "fr": "Quorum est verrouillé : déverrouillez-le dans l'application, puis relancez la "
    "recherche.",
}
_WIPED = {
    "en": "This computer has not reached the server for more than {days} days: as your "
    "organisation asks, Quorum's data on it was deleted. Sign in again to use Quorum.",
    "fr": "Cet ordinateur n'a pas joint le serveur depuis plus de {days} jours : comme le "
    "demande votre organisation, les données de Quorum y ont été supprimées. Reconnectez-vous "
    "pour utiliser Quorum.",
}


def refusal(cache: OpenCache, language: str) -> str | None:
    """Why the search may not read this cache, in one line (None: it may). Past the offline
    limit the profile is wiped here (no acknowledgement: nothing is pending on the server)."""
    from desktop.services import stop_logging

    store = cache.store
    policy = store.security_policy()
    if offline_limit_passed(policy, store.last_online_at()):

        def close() -> None:
            try:
                cache.close()
            finally:
                stop_logging()  # the log file is in the profile too

        wipe_profile(cache.profile.path, cache.keystore, close)
        return _WIPED.get(language, _WIPED["en"]).format(days=policy.max_offline_days)
    if store.unlock_record().locked:
        return _LOCKED.get(language, _LOCKED["en"])
    return None


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
