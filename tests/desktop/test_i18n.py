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
from tests.desktop import wording

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


# --- plain French, one word per thing, complete English (issue 8) ---------------------------

GLOSSARY_MD = ROOT / "docs" / "GLOSSARY.md"
CODE = sorted((ROOT / "desktop" / "ui").glob("*.py")) + [ROOT / "desktop" / "app.py"]


def test_the_french_has_no_technical_jargon() -> None:
    assert wording.jargon_in(TS) == []


def test_the_french_names_each_thing_with_the_one_word_of_the_glossary() -> None:
    assert wording.glossary_breaks(TS) == []


def test_the_glossary_document_gives_the_french_word_of_every_concept() -> None:
    text = GLOSSARY_MD.read_text(encoding="utf-8").lower()
    missing = [t.french[0] for t in wording.GLOSSARY if t.french[0] not in text]
    assert missing == [], "add these terms to docs/GLOSSARY.md"


def test_a_french_plural_says_each_form_in_full_not_with_brackets() -> None:
    assert wording.french_plurals_with_brackets(TS) == []


def test_an_english_plural_uses_brackets_that_plural_forms_renders() -> None:
    """With no translation the English source is shown: "%n day(s)" must go through
    ``plural``/``plural_forms`` ("1 day", "3 days"), "(y|ies)" through ``plural_forms``, and a
    source without brackets must be one that reads right for every number."""
    wrong = []
    for name, line, text, renderer in wording.plural_sources_in_code(CODE):
        if (name, text) in wording.AWAITING_FIX:
            continue
        if not wording.BRACKETS.search(text):
            ok = text in wording.PLURAL_WITHOUT_BRACKETS
        elif "|" in text:
            ok = renderer == "plural_forms"
        else:
            ok = renderer is not None
        if not ok:
            wrong.append(f"{name}:{line}: {text!r} rendered by {renderer}")
    assert wrong == []


def test_the_plural_renderers_say_one_and_many_in_english() -> None:
    from desktop.ui.conv_words import plural_forms
    from desktop.ui.votes_words import plural

    assert plural("Late by %n day(s)", 1) == "Late by %n day"
    assert plural("Late by %n day(s)", 3) == "Late by %n days"
    assert plural_forms("%n repl(y|ies)", 1) == "%n reply"
    assert plural_forms("%n repl(y|ies)", 2) == "%n replies"


def test_every_translated_string_is_a_literal_lupdate_can_see() -> None:
    """``_t(text)`` wrapping ``translate(CONTEXT, text)`` hides every string from lupdate: the
    French never gets them and the member reads English."""
    hidden = [
        f"{name}:{line}: translate(..., {text})"
        for name, line, text in wording.hidden_from_lupdate(CODE)
        if (name, text) not in wording.AWAITING_FIX
    ]
    assert hidden == []


def test_the_wording_checks_find_jargon_a_stray_synonym_and_a_bracketed_plural(
    tmp_path: Path,
) -> None:
    ts = tmp_path / "bad.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS><context><name>X</name>'
        "<message><source>Cleared</source><translation>Cache vidé</translation></message>"
        "<message><source>Committees</source><translation>Instances</translation></message>"
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n jour(s)</numerusform><numerusform>%n jour(s)</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert len(wording.jargon_in(ts)) == 1
    assert len(wording.glossary_breaks(ts)) == 1
    assert len(wording.french_plurals_with_brackets(ts)) == 1
    source = tmp_path / "helper.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication as _Q\n"
        "def _t(text):\n    return _Q.translate('Ctx', text)\n"
        "def late(n):\n    return _Q.translate('Ctx', '%n day(s)', '', n)\n",
        encoding="utf-8",
    )
    assert len(wording.hidden_from_lupdate([source])) == 1
    assert [r for *_, r in wording.plural_sources_in_code([source])] == [None]
