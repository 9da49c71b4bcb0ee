"""The words found, shown: a one-line plain-text snippet of a Markdown body around the best
match, and the (start, end) spans of the words in it and in the title.

The spans are found here in Python, not with FTS5's snippet(): that would evaluate the member's
query again for every hit (a prefix query merges many doclists each time), which costs most of
a search's time on a large cache. The matching follows the index's tokenizer (``unicode61
remove_diacritics 2``): words are runs of letters and digits, compared without case or accents;
the last word of the query also matches as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Private-use characters marking a match while the snippet is cleaned.
OPEN, CLOSE = "\ue000", "\ue001"
ELLIPSIS = "…"
#: About twenty words of context.
SNIPPET_CHARS = 160
_LEAD_CHARS = 50
_MAX_MATCHES = 400

Spans = tuple[tuple[int, int], ...]


def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return char


def _accented() -> dict[str, str]:
    """Each lower-case unaccented letter, with every accented letter that folds to it."""
    found: dict[str, list[str]] = {}
    for code in range(0x00C0, 0x2000):
        char = chr(code)
        base = _base(char)
        if base != char and char.isalpha():
            found.setdefault(base.lower(), []).append(char)
    return {base: "".join(chars) for base, chars in found.items()}


_VARIANTS = _accented()


def fold(word: str) -> str:
    """A word as the index compares it: lower case, no accents."""
    return "".join(_base(c) for c in word).lower()


def _letters(char: str) -> str:
    """Every way ``char`` (folded) can be written: both cases, with or without accents."""
    upper = char.upper()
    cases = char + upper if len(upper) == 1 and upper != char else char
    return cases + _VARIANTS.get(char, "")


def _class(char: str) -> str:
    variants = _letters(char)
    return f"[{re.escape(variants)}]" if len(variants) > 1 else re.escape(char)


@lru_cache(maxsize=64)
def matcher(words: tuple[str, ...], last_is_prefix: bool) -> re.Pattern[str]:
    """Where the words are in a text: whole words, the last also as a prefix.

    Written for speed: the pattern starts with one class of every first letter, so the regex
    engine skips through the text in C; a lookbehind then checks which word it was."""
    firsts: list[str] = []
    alternatives = []
    for index, word in enumerate(words):
        folded = fold(word)
        first = _letters(folded[0])
        firsts.append(first)
        rest = "".join(_class(c) for c in folded[1:])
        tail = r"[^\W_]*" if last_is_prefix and index == len(words) - 1 else r"(?![^\W_])"
        alternatives.append(f"(?<=[{re.escape(first)}]){rest}{tail}")
    every_first = re.escape("".join(sorted(set("".join(firsts)))))
    return re.compile(rf"[{every_first}](?<![^\W_].)(?:{'|'.join(alternatives)})")


def highlight(text: str, pattern: re.Pattern[str]) -> tuple[str, Spans]:
    """A one-line text and the spans of the words in it."""
    line = one_line(text)
    return line, tuple(m.span() for m in pattern.finditer(line))


def snippet(markdown: str, pattern: re.Pattern[str]) -> tuple[str, Spans]:
    """About twenty words of ``markdown`` around its best match, as one line of plain text,
    with the spans of the words found; the start of the text when nothing matches."""
    if OPEN in markdown or CLOSE in markdown:
        markdown = markdown.replace(OPEN, "").replace(CLOSE, "")
    matches = []
    for found in pattern.finditer(markdown):
        matches.append(found)
        if len(matches) >= _MAX_MATCHES:
            break
    start = 0
    if matches:
        anchor = _best(matches)
        start = _word_start(markdown, max(0, anchor - _LEAD_CHARS))
    end = _word_end(markdown, start + SNIPPET_CHARS)
    pieces: list[str] = []
    position = start
    for found in matches:
        begin, stop = found.span()
        if begin < start or stop > end:
            continue
        pieces += [markdown[position:begin], OPEN, markdown[begin:stop], CLOSE]
        position = stop
    pieces.append(markdown[position:end])
    text, spans = marked_spans(plain_text("".join(pieces)))
    if start > 0:
        text, spans = ELLIPSIS + text, tuple((a + 1, b + 1) for a, b in spans)
    if end < len(markdown):
        text += ELLIPSIS
    return text, spans


def _best(matches: list[re.Match[str]]) -> int:
    """Where the window with the most different words found begins (the first such)."""
    best, best_count = matches[0].start(), 0
    for index, first in enumerate(matches):
        words = set()
        for found in matches[index:]:
            if found.end() - first.start() > SNIPPET_CHARS - _LEAD_CHARS:
                break
            words.add(fold(found.group()))
        if len(words) > best_count:
            best, best_count = first.start(), len(words)
    return best


def _word_start(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.rfind(" ", 0, index + 1)
    newline = text.rfind("\n", 0, index + 1)
    return max(space, newline) + 1


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    found = [i for i in (text.find(" ", index), text.find("\n", index)) if i >= 0]
    return min(found) if found else len(text)


# --- plain text ----------------------------------------------------------------------------------

_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s…]*\)?")
_LINK_TAIL = re.compile(r"\]\([^)\s…]*\)?")  # a link whose label the snippet cut off
_AUTOLINK = re.compile(r"<((?:https?|quorum|mailto):[^>\s]*)>")
_LINE_MARK = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+")
_EMPHASIS = re.compile(r"\*+|~~|`+|(?<![^\W_])_+|_+(?![^\W_])")
_TABLE = re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$|\|")
_SPACE = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """A Markdown fragment as one line of plain text: links keep their label; emphasis,
    headings, quotes, list marks and table rules go. Match markers are kept."""
    text = _IMAGE_OR_LINK.sub(r"\1", markdown)
    text = _LINK_TAIL.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    text = _TABLE.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    return one_line(text)


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def marked_spans(marked: str) -> tuple[str, Spans]:
    """The text without its markers, and the spans they enclosed. A marker left open by a cut
    ends at the end of the text; a stray close is dropped; markers typed in the text go."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for char in marked:
        if char == OPEN:
            if start is None:
                start = length
        elif char == CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            out.append(char)
            length += 1
    if start is not None and length > start:
        spans.append((start, length))
    return "".join(out), tuple(spans)
