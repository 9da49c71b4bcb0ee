"""Markdown to safe HTML for the reader.

Documents come from the server as Markdown written by the secretariat. They are turned into
HTML with ``markdown`` and then cleaned with ``nh3`` against an explicit allow-list, so nothing
that could run, fetch or hide content reaches a widget: no images, scripts, styles, frames or
event handlers, and links keep only an absolute ``http``, ``https`` or ``mailto`` target, or
an exact link inside Quorum (``quorum://document/ID``, see ``protocol.network``), which the app
opens itself.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import markdown
import nh3

from desktop.core.markdown_limits import BoundedLinks

#: Tags a document may use once rendered: text structure, lists, quotes, code and tables.
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)

#: Tags removed together with everything inside them.
REMOVED_WITH_CONTENT: frozenset[str] = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
)

#: Attributes kept, per tag. No ``style``, no ``class``, no ``on*`` handler, no ``src``.
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
}

#: The only link targets a member may follow (after a confirmation in the reader).
LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

#: A link inside Quorum, whole: ``quorum://<kind>/<id>`` and nothing else (no query, no path).
#: The kinds of ``protocol.network``, and ``message`` (a link the app copies to a message).
INTERNAL_LINK = re.compile(
    r"quorum://(member|committee|document|motion|idea|announcement|message)"
    r"/([A-Za-z0-9_:-]{1,64})"
)

_MARKDOWN_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "nl2br", BoundedLinks()]


def is_allowed_link(url: str) -> bool:
    """Whether ``url`` is an absolute link the reader may offer to open."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in LINK_SCHEMES:
        return False
    if parts.scheme.lower() == "mailto":
        return bool(parts.path)
    return bool(parts.netloc)


def is_internal_link(url: str) -> bool:
    """Whether ``url`` is exactly a ``quorum://<kind>/<id>`` link (opened inside the app)."""
    return INTERNAL_LINK.fullmatch(url.strip()) is not None


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # Relative and unknown-scheme links are dropped, not rewritten: there is no base to
    # resolve them against, and a member must always see where a link goes.
    if attribute == "href":
        return value if is_allowed_link(value) or is_internal_link(value) else None
    return value


_TAG = re.compile(r"(<[^>]*>)")
# French typography: no line break before "%", "€", ":", ";", "!", "?", "»", after "«", nor
# inside a number written with spaces ("412 000 €").
_NO_BREAK = re.compile(r" (?=[%€:;!?»])|(?<=«) |(?<=\d) (?=\d{3}(?!\d))")
_NBSP = "\u00a0"


def _keep_together(html: str) -> str:
    """Non-breaking spaces where French typography wants them, outside code and tags."""
    parts = _TAG.split(html)
    in_code = 0
    for i, part in enumerate(parts):
        if i % 2:  # a tag
            name = part.strip("</>").split(" ", 1)[0].lower()
            if name in ("code", "pre"):
                in_code += -1 if part.startswith("</") else 1
        elif not in_code:
            parts[i] = _NO_BREAK.sub(_NBSP, part)
    return "".join(parts)


def render_markdown(text: str) -> str:
    """The safe HTML of a Markdown ``text``; raw HTML inside it is cleaned like the rest."""
    html = markdown.markdown(text, extensions=_MARKDOWN_EXTENSIONS, output_format="html")
    return _keep_together(_clean(html))


def _clean(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes={*LINK_SCHEMES, "quorum"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
