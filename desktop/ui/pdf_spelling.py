"""Finding words in a PDF the way French is typed: "reserve" finds "réserve".

QtPdf's own search matches letters exactly (case aside). When the member types without
accents, ``spelling_in`` looks through the document's text with accents folded away and returns
the document's own spelling of the first match, which the search model then finds. A query
typed with accents is taken as it is.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtPdf import QPdfDocument


def fold(text: str) -> str:
    """Without accents, case folded: "Réserve" -> "reserve"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Spellings:
    """The text of each page of one document, read once, to find how it spells a query."""

    def __init__(self, document: QPdfDocument) -> None:
        self._document = document
        self._pages: list[tuple[str, list[int]]] | None = None

    def reset(self) -> None:
        self._pages = None

    def spelling_in(self, words: str) -> str:
        folded = fold(words)
        if not folded or folded != words.casefold():
            return words  # typed with accents (or nothing): searched as typed
        for text, index in self._texts():
            at = "".join(fold(ch) for ch in text).find(folded) if text else -1
            if at >= 0:
                return text[index[at] : index[at + len(folded) - 1] + 1]
        return words

    def _texts(self) -> list[tuple[str, list[int]]]:
        """Each page's text, with, for each folded character, the index it came from."""
        if self._pages is None:
            self._pages = []
            for page in range(self._document.pageCount()):
                text = self._document.getAllText(page).text()
                index = [i for i, ch in enumerate(text) for _ in fold(ch)]
                self._pages.append((text, index))
        return self._pages
