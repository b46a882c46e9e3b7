"""Seller copy on the moderator page: shown as text, HTML tags stripped, never rendered.

Listings often hold HTML (``<ul><li>...``, ``&amp;``). The page shows what a shopper would read:
tags of HTML elements removed (other text in angle brackets, "made of <virgin> plastic", stays;
block tags such as ``<p>``, ``<br>``, ``<li>`` become a line break), ``<script>``, ``<style>``
and comments dropped with their content, entities decoded; every character that is shown is
escaped. Spans (claims, findings) keep their character offsets into the *original* field:
:func:`pieces` cuts the text at the span boundaries and at the markup, so that each highlighted
run is an exact slice of the original (``data-start``/``data-end``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_BLOCK_TAGS = frozenset({
    "p", "br", "li", "ul", "ol", "div", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "dt",
    "dd", "section", "article", "header", "footer", "hr", "tbody", "thead", "blockquote"})
# Tags of these elements are markup; anything else in angle brackets ("made of <virgin> plastic") is text.
_HTML_TAGS = _BLOCK_TAGS | frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "body", "caption", "center", "cite", "code", "col", "colgroup", "del",
    "dfn", "dl", "em", "figcaption", "figure", "font", "form", "head", "html", "i", "iframe", "img", "input",
    "ins", "kbd", "label", "main", "mark", "meta", "nav", "noscript", "object", "picture", "pre", "q", "s",
    "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "svg", "tfoot", "title", "tt", "u",
    "var", "video", "wbr", "link", "button", "select", "option", "textarea", "template", "aside", "details",
    "summary", "time", "frame", "frameset", "embed", "audio", "canvas", "map", "area", "base", "style",
    "script"})
_MARKUP = re.compile(
    r"(?P<hidden><(?P<h>script|style)\b[^>]*>.*?(?:</(?P=h)\s*>|$)|<!--.*?(?:-->|$))"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.S | re.I)


@dataclass(frozen=True)
class Token:
    """A run of the original text ``[start, end)`` and what the page shows for it."""

    start: int
    end: int
    shown: str
    is_text: bool  # plain text: shown as itself (any slice of it is shown as that slice)


def tokens(text: str) -> list[Token]:
    """``text`` as plain-text runs and markup (tags, hidden blocks, entities) with what each shows."""
    out: list[Token] = []
    pos = 0
    for m in _MARKUP.finditer(text):
        if m.group("tag") and (m.group("name") or "").lower() not in _HTML_TAGS:
            continue  # "<virgin>": shown as text
        if m.start() > pos:
            out.append(Token(pos, m.start(), text[pos:m.start()], True))
        if m.group("entity"):
            shown = html.unescape(m.group("entity"))
        elif m.group("tag"):
            name = (m.group("name") or "").lower()
            shown = "\n" if name in _BLOCK_TAGS else ""
        else:
            shown = ""
        out.append(Token(m.start(), m.end(), shown, False))
        pos = m.end()
    if pos < len(text):
        out.append(Token(pos, len(text), text[pos:], True))
    return out


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]*\n[ \t]*", "\n", text)).strip()


def plain_text(text: str) -> str:
    """What a shopper would read: tags stripped, entities decoded, blank lines collapsed (not escaped)."""
    if "<" not in text and "&" not in text:
        return text
    return _tidy("".join(t.shown for t in tokens(text)))


def one_line(text: str) -> str:
    """:func:`plain_text` on one line (queue titles)."""
    return " ".join(plain_text(text).split())


def pieces(text: str, cuts: set[int]) -> list[tuple[int, int, str, bool]]:
    """``(start, end, shown, is_text)`` runs of ``text`` cut at ``cuts`` (offsets into the original)
    and at the markup: a text run shows its own slice, a markup run what the markup shows. Runs
    that show nothing are left out."""
    out: list[tuple[int, int, str, bool]] = []
    for t in tokens(text):
        if not t.is_text:
            if t.shown:
                out.append((t.start, t.end, t.shown, False))
            continue
        inner = sorted(c for c in cuts if t.start < c < t.end)
        bounds = [t.start, *inner, t.end]
        out.extend((a, b, text[a:b], True) for a, b in zip(bounds, bounds[1:], strict=False) if b > a)
    return out
