"""Which language the app speaks, and loading its translations.

English is the source language; French comes from ``resources/i18n/quorum_fr.qm``, with Qt's
own ``qtbase_fr.qm`` for the standard buttons and dialogs.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import desktop

log = logging.getLogger(__name__)

LANG_ENV = "QUORUM_LANG"
RESOURCES_ENV = "QUORUM_RESOURCES"
SUPPORTED = ("en", "fr")

_installed: list[QTranslator] = []


def translations_dir(env: Mapping[str, str] = os.environ) -> Path:
    """``resources/i18n`` next to the ``desktop`` package, or under ``$QUORUM_RESOURCES``."""
    override = env.get(RESOURCES_ENV)
    base = Path(override) if override else Path(desktop.__file__).resolve().parents[1] / "resources"
    return base / "i18n"


def choose_language(
    preferred: str = "", env: Mapping[str, str] = os.environ, system: QLocale | None = None
) -> str:
    """``$QUORUM_LANG`` first, then the profile's choice, then the system: French for a French
    system, English otherwise."""
    for candidate in (env.get(LANG_ENV, ""), preferred):
        code = candidate.strip().lower()[:2]
        if code in SUPPORTED:
            return code
    locale = system or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language`` (replacing earlier ones) and make it the
    default locale for dates; True when the translation was found (or none is needed)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "fr":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load("qtbase_fr", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if not ours.load("quorum_fr", str(translations_dir())):
        log.warning("French translation not found in %s", translations_dir())
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
