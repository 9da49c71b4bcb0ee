"""Checking an uploaded PDF and extracting its text, with pypdf.

``inspect_pdf(data)`` answers the page count and the text (pages joined by a form feed, so
``text.split("\\f")[n]`` is page ``n``'s, cut at ``MAX_EXTRACTED_TEXT``), or refuses the file
with ``file_invalid`` and a message that says, in plain words, what is wrong: empty, not a
PDF, damaged, protected by a password, or without pages. A page whose text cannot be read
counts as empty: a scanned page has no text either. pypdf's logs and warnings stay quiet (a
damaged file is answered, not logged).
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

from pypdf import PdfReader

from protocol.documents import MAX_EXTRACTED_TEXT
from protocol.errors import DocumentErrorCode
from server.services.errors import DocumentRefused

logging.getLogger("pypdf").setLevel(logging.CRITICAL)

#: Between two pages' text.
PAGE_SEPARATOR = "\f"
#: A PDF's header may come after a little junk; readers look this far.
_HEADER_WINDOW = 1024

EMPTY = "The file is empty."
NOT_PDF = "This file is not a PDF."
DAMAGED = "This PDF is damaged and cannot be opened."
PROTECTED = "This PDF is protected by a password; publish a copy without a password."
NO_PAGES = "This PDF has no pages."


@dataclass(frozen=True)
class PdfContent:
    pages: int
    text: str


def _invalid(message: str) -> DocumentRefused:
    return DocumentRefused(DocumentErrorCode.FILE_INVALID, message)


def inspect_pdf(data: bytes) -> PdfContent:
    """The page count and text of a PDF; ``DocumentRefused(file_invalid)`` when it is not one
    we can open."""
    if not data.strip():
        raise _invalid(EMPTY)
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise _invalid(NOT_PDF)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data)
        try:
            pages = len(reader.pages)
        except Exception:  # noqa: BLE001 - any failure of pypdf here is a damaged file
            raise _invalid(DAMAGED) from None
        if pages == 0:
            raise _invalid(NO_PAGES)
        return PdfContent(pages=pages, text=_text(reader, pages))


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a broken file
        raise _invalid(DAMAGED) from None
    if reader.is_encrypted:
        # Only an owner password (restrictions, no password to open): readers open it.
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001 - an unknown or unsupported encryption
            opened = False
        if not opened:
            raise _invalid(PROTECTED)
    return reader


def _text(reader: PdfReader, pages: int) -> str:
    parts: list[str] = []
    total = 0
    for index in range(pages):
        if total >= MAX_EXTRACTED_TEXT:
            break
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception:  # noqa: BLE001 - one unreadable page does not spoil the others
            text = ""
        text = text.replace("\x00", "").replace(PAGE_SEPARATOR, " ")
        parts.append(text)
        total += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(parts)[:MAX_EXTRACTED_TEXT]
