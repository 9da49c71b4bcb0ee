"""The app's wording rules, checked by ``test_i18n.py`` and written out in docs/GLOSSARY.md.

Members are elected people, many older and not technical: the French they read has no
technical jargon, and says one thing with one word everywhere (the glossary). English is the
source language and is complete: a plural says its forms as "day(s)" or "repl(y|ies)", which
``plural``/``plural_forms`` render ("1 day", "3 replies") when no translation is installed.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Words a member must never read in French (whole words, any case). "serveur" is fine;
#: "synchroniser" is the app's verb for "Synchroniser maintenant" and is fine too.
JARGON = (
    "cache",
    "jeton",
    "token",
    "curseur",
    "cursor",
    "payload",
    "ID",
    "UUID",
    "HTTP",
    "URL",
    "API",
    "JSON",
    "SQL",
    "SQLCipher",
    "Markdown",
    "backend",
    "login",
    "logout",
    "upload",
    "synchro",
    "timeout",
    "proxy",
    "outbox",
    "bug",
)


@dataclass(frozen=True)
class Term:
    """One concept: where the English source names it, the French must use one of ``french``
    (lower case, matched as a word start so plurals and "commissions" count)."""

    english: str  # a regular expression over the English source, whole words
    french: tuple[str, ...]
    concept: str


GLOSSARY = (
    Term(r"committees?", ("commission",), "committee"),
    Term(r"whole organisation", ("toute l'organisation", "de toute l'organisation"), "everyone"),
    Term(r"members?", ("membre", "chaque destinataire"), "member"),
    Term(r"motions?", ("résolution",), "motion to vote on"),
    Term(r"meetings?", ("réunion", "visioconférence"), "meeting"),
    Term(r"board packs?", ("dossier de séance", "dossiers de séance"), "board pack"),
    Term(r"agendas?", ("ordre du jour", "ordres du jour"), "agenda"),
    Term(r"announcements?", ("annonce",), "announcement"),
    Term(r"ideas?", ("idée",), "idea"),
    Term(r"requests?", ("demande",), "request (idea box)"),
    Term(r"documents?", ("document",), "document"),
    Term(r"proxy|proxies", ("pouvoir",), "proxy"),
    Term(r"status|statuses", ("état",), "status"),
    Term(r"(?<!any )channels?", ("canal", "canaux"), "channel"),
    Term(r"threads?", ("fil",), "thread"),
    Term(r"direct conversations?", ("conversation privée", "conversations privées"), "direct"),
    Term(r"secretariat", ("secrétariat",), "secretariat"),
    Term(r"devices?", ("appareil",), "device"),
    Term(r"passphrases?", ("phrase secrète", "phrases secrètes"), "passphrase"),
    Term(r"recovery codes?", ("code de secours", "codes de secours"), "recovery code"),
    Term(r"two-step verification", ("validation en deux étapes",), "two-step verification"),
    Term(r"offline", ("hors ligne",), "offline"),
    Term(r"acknowledge(?:d|ment)?", ("confirm",), "acknowledgement"),
    Term(r"deadline", ("échéance",), "deadline"),
    Term(r"chair", ("président",), "chair"),
    Term(r"actions? in your charge|people in charge", ("responsable", "confiée"), "in charge"),
    Term(r"settings", ("paramètre",), "settings"),
    Term(r"shortcuts?", ("raccourci",), "keyboard shortcut"),
    Term(r"passwords?", ("mot de passe", "mots de passe"), "password"),
    Term(
        r"sign(?:ed|ing|s)? (?:in|out)|sign-ins?",
        ("connect", "connexion", "déconnect", "reconnect"),
        "sign in",
    ),
)

#: English plural sources that need no "(s)": the number stands alone ("Confirmed: 3"), or
#: the code never says them for one (why is given).
PLURAL_WITHOUT_BRACKETS = {
    "Confirmed: %n": "a heading: the number stands alone",
    "Not confirmed yet: %n": "a heading: the number stands alone",
    "Waiting to be sent: %n": "a label: the number stands alone",
    "Refused by the server: %n — See": "a label: the number stands alone",
    "%n unread": "no noun: '1 unread', '3 unread'",
    "Choose exactly %n people.": "one is said as 'Choose one person.'",
    "Choose exactly %n options.": "one is said as 'Choose one option.'",
    "Choose up to %n people.": "one is said as 'Choose one person.'",
    "Choose up to %n options.": "one is said as 'Choose one option.'",
    "Use at least %n characters.": "the minimum length is a constant above one",
    "The %n best results: add a word to find fewer.": "said only at the result limit",
}

#: Known breaks left to their owners (file, English source): the fix is named; delete the
#: entry once it is made. Allowed, not required, so fixing one never fails a test.
AWAITING_FIX = {
    ("models.py", "%1, %n unread document(s)"): "wrap in plural(..., row.unread)",
    ("search_view.py", "%n result(s)"): "wrap in plural(..., count)",
    ("doc_versions.py", "… %1 unchanged line(s) …"): "wrap in plural(..., item)",
}

BRACKETS = re.compile(r"\((?:s|\w*\|\w*)\)")
RENDERERS = {"plural", "plural_forms"}


def messages(ts: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(context, English source, French forms) of every finished message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield name, message.findtext("source") or "", forms or [translation.text or ""]


def jargon_in(ts: Path) -> list[str]:
    found = []
    for context, source, forms in messages(ts):
        for word in JARGON:
            if any(re.search(rf"\b{re.escape(word)}\b", f, re.IGNORECASE) for f in forms):
                found.append(f"{context}: {source!r} says {word!r}")
    return found


def glossary_breaks(ts: Path) -> list[str]:
    breaks = []
    for context, source, forms in messages(ts):
        for term in GLOSSARY:
            if not any(forms) or not re.search(
                rf"\b(?:{term.english})\b", source.replace("&", ""), re.I
            ):
                continue
            french = " ".join(forms).lower().replace("’", "'").replace("&", "")
            if not any(re.search(rf"\b{re.escape(w)}", french) for w in term.french):
                breaks.append(f"{context}: {source!r} -> {forms[0]!r} lacks {term.french[0]!r}")
    return breaks


def french_plurals_with_brackets(ts: Path) -> list[str]:
    """A French plural has its own forms: "1 jour", "3 jours", never "jour(s)"."""
    return [
        f"{context}: {source!r}"
        for context, source, forms in messages(ts)
        if "%n" in source and len(forms) > 1 and any("(s)" in f for f in forms)
    ]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translated_text(call: ast.Call) -> str | None:
    """The literal English of a ``self.tr("...")`` or ``X.translate("Ctx", "...")`` call."""
    if not isinstance(call.func, ast.Attribute):
        return None
    if call.func.attr == "tr" and call.args:
        return _literal(call.args[0])
    if call.func.attr == "translate" and len(call.args) >= 2:
        return _literal(call.args[1])
    return None


def _enclosing_functions(tree: ast.Module) -> dict[int, ast.AST]:
    owner: dict[int, ast.AST] = {}
    for scope in ast.walk(tree):
        if isinstance(scope, ast.FunctionDef | ast.Module):
            for node in ast.walk(scope):
                owner[id(node)] = scope  # the innermost scope is walked last
    return owner


def plural_sources_in_code(paths: list[Path]) -> Iterator[tuple[str, int, str, str | None]]:
    """(file, line, English plural source, the function that renders it or None) for every
    ``%n`` or "(s)" string the code translates: given straight to ``plural``/``plural_forms``,
    kept in a variable that the same function then gives to one, or returned by a helper of
    the module whose result is given to one."""
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _enclosing_functions(tree)
        direct: dict[int, str] = {}
        by_variable: dict[int, str] = {}
        by_helper: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                if node.func.id in RENDERERS:
                    direct[id(node.args[0])] = node.func.id
                    first = node.args[0]
                    if isinstance(first, ast.Name):
                        by_variable[id(owner[id(node)])] = node.func.id
                    if isinstance(first, ast.Call) and isinstance(first.func, ast.Name):
                        by_helper[first.func.id] = node.func.id
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            text = _translated_text(node)
            if text and ("%n" in text or BRACKETS.search(text)):
                scope = owner[id(node)]
                used = (
                    direct.get(id(node))
                    or by_variable.get(id(scope))
                    or by_helper.get(getattr(scope, "name", ""))
                )
                yield path.name, node.lineno, text, used


def _marked_contexts(tree: ast.Module) -> set[str]:
    """Contexts whose strings the module marks with ``QT_TRANSLATE_NOOP("Ctx", "...")``."""
    return {
        str(node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "").startswith("QT_TRANSLATE")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def hidden_from_lupdate(paths: list[Path]) -> list[tuple[str, int, str]]:
    """``translate(CONTEXT, text)`` in a helper hides every string from lupdate, which only
    reads literals: a text that is not a literal must come from strings the module marks with
    ``QT_TRANSLATE_NOOP`` (for that literal context)."""
    hidden = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = _marked_contexts(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "translate" or not isinstance(node.func.value, ast.Name):
                continue
            if node.func.value.id not in ("_Q", "QCoreApplication", "QApplication"):
                continue
            context, text = (*node.args, None, None)[:2]
            if isinstance(text, ast.Constant):
                seen = isinstance(context, ast.Constant)
            elif isinstance(context, ast.Constant):
                seen = context.value in marked
            else:
                seen = bool(marked)
            if not seen:
                hidden.append((path.name, node.lineno, ast.unparse(text) if text else ""))
    return hidden
