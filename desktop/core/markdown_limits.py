"""Links and images parsed in bounded time, whatever the Markdown.

Python-Markdown looks for the closing ``]`` of every ``[`` and the closing ``)`` of every
``(`` after one, to the end of the paragraph: a message of 20,000 ``[`` took 146 seconds to
render, freezing every member's app that showed it. Here the text of a link may nest brackets
only ``MAX_NESTING`` deep and span ``MAX_LINK_TEXT`` characters, and its target
``MAX_LINK_TARGET``: beyond, the brackets are plain text. (``markdown`` has no types: the
subclasses below say ``type: ignore[misc]``.)
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)

MAX_NESTING = 8
MAX_LINK_TEXT = 4_000
MAX_LINK_TARGET = 4_000


def bounded_text(data: str, index: int) -> tuple[str, int, bool]:
    """``LinkInlineProcessor.getText``, giving up past the bounds (not a link then)."""
    depth = 1
    end = min(len(data), index + MAX_LINK_TEXT)
    for pos in range(index, end):
        c = data[pos]
        if c == "]":
            depth -= 1
            if depth == 0:
                return data[index:pos], pos + 1, True
        elif c == "[":
            depth += 1
            if depth > MAX_NESTING:
                break
    return "", index, False


class _Bounded(LinkInlineProcessor):  # type: ignore[misc]
    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802
        return bounded_text(data, index)

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        window = data[: index + MAX_LINK_TARGET]
        first_close = window.find(")", index)
        if first_close == -1 or window.count("(", index, first_close) > MAX_NESTING:
            return "", None, index, False  # no end in reach, or nested too deep
        link: tuple[str, str | None, int, bool] = super().getLink(window, index)
        return link


class _Link(_Bounded):
    pass


class _Image(_Bounded, ImageInlineProcessor):  # type: ignore[misc]
    pass


class _Reference(_Bounded, ReferenceInlineProcessor):  # type: ignore[misc]
    pass


class _ShortReference(_Bounded, ShortReferenceInlineProcessor):  # type: ignore[misc]
    pass


class _ImageReference(_Bounded, ImageReferenceInlineProcessor):  # type: ignore[misc]
    pass


class _ShortImageReference(_Bounded, ShortImageReferenceInlineProcessor):  # type: ignore[misc]
    pass


class BoundedLinks(Extension):  # type: ignore[misc]
    """Replaces the link and image patterns with bounded ones (same names and priorities)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        for name, kind, pattern, priority in (
            ("reference", _Reference, REFERENCE_RE, 170),
            ("link", _Link, LINK_RE, 160),
            ("image_link", _Image, IMAGE_LINK_RE, 150),
            ("image_reference", _ImageReference, IMAGE_REFERENCE_RE, 140),
            ("short_reference", _ShortReference, REFERENCE_RE, 130),
            ("short_image_ref", _ShortImageReference, IMAGE_REFERENCE_RE, 125),
        ):
            md.inlinePatterns.register(kind(pattern, md), name, priority)


__all__ = ["BoundedLinks", "bounded_text"]
