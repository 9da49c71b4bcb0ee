"""Documents are Markdown from the server: what reaches the reader is cleaned HTML."""

from __future__ import annotations

import pytest

from desktop.core.render import is_allowed_link, render_markdown


def test_script_tags_vanish_with_their_content() -> None:
    html = render_markdown("Avant <script>alert('x')</script> après")
    assert "<script" not in html
    assert "alert" not in html
    assert "Avant" in html and "après" in html


def test_images_are_never_kept_markdown_or_raw() -> None:
    html = render_markdown(
        '![logo](https://tracker.example/pixel.png)\n\n<img src="https://tracker.example/p.gif">'
        '\n\n<img src="file:///etc/passwd" onerror="alert(1)">'
    )
    assert "<img" not in html
    assert "tracker.example" not in html
    assert "/etc/passwd" not in html


def test_event_handlers_and_inline_styles_are_stripped() -> None:
    html = render_markdown(
        '<p onclick="steal()" style="display:none">Texte</p>'
        '\n\n<a href="https://ok.example" onmouseover="x()">lien</a>'
    )
    assert "onclick" not in html and "steal" not in html
    assert "onmouseover" not in html
    assert "style=" not in html
    assert "Texte" in html


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "vbscript:msgbox",
        "../relative/page",
        "//protocol-relative.example/x",
    ],
)
def test_links_to_anything_but_web_or_mail_lose_their_target(target: str) -> None:
    html = render_markdown(f"[cliquez ici]({target})")
    assert "cliquez ici" in html
    assert "href" not in html


def test_web_and_mail_links_keep_their_full_target() -> None:
    html = render_markdown(
        "[rapport](https://elus.example.fr/rapports/2024?x=1) et "
        "[secrétariat](mailto:secretariat@example.fr)"
    )
    assert 'href="https://elus.example.fr/rapports/2024?x=1"' in html
    assert 'href="mailto:secretariat@example.fr"' in html


def test_style_iframe_object_and_form_are_removed() -> None:
    html = render_markdown(
        "<style>body{display:none}</style><iframe src='https://x.example'></iframe>"
        "<object data='x.swf'></object><form action='https://x.example'><input></form>ok"
    )
    for bad in ("<style", "display:none", "<iframe", "<object", "<form", "<input"):
        assert bad not in html
    assert "ok" in html


def test_tables_headings_lists_and_emphasis_survive() -> None:
    html = render_markdown(
        "## Budget\n\n| Poste | 2024 |\n|---|---|\n| Cotisations | 12,9 M€ |\n\n"
        "1. un\n2. deux\n\n**gras** et *italique*"
    )
    for tag in ("<h2>", "<table>", "<th>", "<td>", "<ol>", "<li>", "<strong>", "<em>"):
        assert tag in html


def test_french_punctuation_and_amounts_do_not_break_across_lines() -> None:
    html = render_markdown("Hausse de 3,2 % : soit 412 000 € ?\n\n`code : brut`")
    assert "3,2\u00a0%\u00a0:" in html
    assert "412\u00a0000\u00a0€\u00a0?" in html
    assert "<code>code : brut</code>" in html


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://example.fr", True),
        ("http://example.fr/a", True),
        ("mailto:a@example.fr", True),
        ("mailto:", False),
        ("https://", False),
        ("javascript:alert(1)", False),
        ("ftp://example.fr", False),
        ("relative/page", False),
    ],
)
def test_only_absolute_web_and_mail_links_are_allowed(url: str, allowed: bool) -> None:
    assert is_allowed_link(url) is allowed
