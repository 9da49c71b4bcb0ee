"""Fill unfinished French translations from JSON files written while coding.

    .venv/bin/python scripts/fill_translations.py FILE.json [...]

Each file maps a context (the class calling ``tr``) to ``{English source: French}``; a plural
(``%n``) source maps to a list of the singular and plural forms. Only unfinished entries are
filled; the script then prints what is still unfinished. Run ``scripts/update_translations.sh``
before (to add the new sources) and after (to compile).

Files named after ``--overwrite`` (a wording review) also replace finished translations, for
their exact context and source only.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "quorum_fr.ts"


def main(paths: list[str]) -> int:
    wanted: dict[tuple[str, str], str | list[str]] = {}
    review: dict[tuple[str, str], str | list[str]] = {}
    target = wanted
    for path in paths:
        if path == "--overwrite":
            target = review
            continue
        for context, entries in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for source, french in entries.items():
                target[(context, source)] = french
    wanted.update(review)
    tree = ET.parse(TS)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            source = message.findtext("source", "")
            if translation.get("type") != "unfinished":
                if (name, source) in review:
                    _fill(translation, review[(name, source)])
                    filled += 1
                continue
            french = wanted.get((name, source))
            if french is None:  # the same source in another context will do
                french = next((v for (_, s), v in wanted.items() if s == source), None)
            if french is None:
                missing += 1
                print(f"unfinished: {name}: {source!r}")
                continue
            _fill(translation, french)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    print(f"filled {filled}, still unfinished {missing}")
    return 1 if missing else 0


def _fill(translation: ET.Element, french: str | list[str]) -> None:
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    if forms:
        values = french if isinstance(french, list) else [french, french]
        for form, value in zip(forms, values, strict=False):
            form.text = value
    else:
        translation.text = french if isinstance(french, str) else french[-1]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
