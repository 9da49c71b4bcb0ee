"""French is complete at every commit: every string the code shows has a finished translation,
and the compiled .qm the app loads matches the .ts translators edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import choose_language, install_translations, translations_dir

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "quorum_fr.ts"
QM = ROOT / "resources" / "i18n" / "quorum_fr.qm"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")


def test_the_french_translation_has_no_unfinished_or_empty_string() -> None:
    unfinished = []
    for context, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {message.findtext('source')}")
    assert unfinished == []


def test_every_string_belongs_to_the_class_that_shows_it() -> None:
    """A string lupdate cannot tie to a class (``tr = self.tr`` then ``tr("...")``) lands in a
    nameless context, which ``self.tr`` never looks up: it would show in English."""
    nameless = [message.findtext("source") for context, message in messages(TS) if not context]
    assert nameless == []


def test_every_string_in_the_code_is_in_the_french_translation(tmp_path: Path) -> None:
    if not LUPDATE.exists():  # pragma: no cover - the venv always has it
        pytest.fail(f"{LUPDATE} is missing: install PySide6 in the venv")
    fresh = tmp_path / "quorum_fr.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    sources.append(str(ROOT / "desktop" / "app.py"))
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    new = [
        f"{c}: {m.findtext('source')}"
        for c, m in messages(fresh)
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == [], "run scripts/update_translations.sh and translate these"


def test_the_compiled_qm_matches_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for context, message in messages(TS):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source") or ""
        expected = message.findtext("translation") or ""
        if translator.translate(context, source) != expected:
            stale.append(f"{context}: {source}")
    assert stale == [], "run scripts/update_translations.sh to recompile quorum_fr.qm"


def test_french_loads_from_the_repository_and_translates_the_app(french: None) -> None:
    assert translations_dir() == ROOT / "resources" / "i18n"
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&Sync now") == "&Synchroniser maintenant"
    assert translate("DocumentListModel", "● New") == "● Non lu"
    assert translate("SyncStatusBar", "Waiting to be sent: %n", "", 2) == "2 envois en attente"
    assert translate("SyncStatusBar", "Waiting to be sent: %n", "", 1) == "1 envoi en attente"
    assert QLocale().language() == QLocale.Language.French


def test_translations_can_live_elsewhere_with_quorum_resources(tmp_path: Path) -> None:
    assert translations_dir({"QUORUM_RESOURCES": str(tmp_path)}) == tmp_path / "i18n"


@pytest.mark.parametrize(
    ("env", "preferred", "system", "expected"),
    [
        ({}, "", QLocale.Language.French, "fr"),
        ({}, "", QLocale.Language.English, "en"),
        ({}, "", QLocale.Language.German, "en"),
        ({"QUORUM_LANG": "en"}, "", QLocale.Language.French, "en"),
        ({"QUORUM_LANG": "fr"}, "en", QLocale.Language.English, "fr"),
        ({"QUORUM_LANG": "fr_FR.UTF-8"}, "", QLocale.Language.English, "fr"),
        ({"QUORUM_LANG": "xx"}, "fr", QLocale.Language.English, "fr"),
    ],
)
def test_language_follows_quorum_lang_then_the_profile_then_the_system(
    env: dict[str, str], preferred: str, system: QLocale.Language, expected: str
) -> None:
    assert choose_language(preferred, env, QLocale(system)) == expected
