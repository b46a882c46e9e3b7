"""Text preparation: HTML-safe segmentation with offsets into the original field.

The trick that keeps offsets honest: HTML tags and entities are *masked* (replaced by spaces of
the same length) instead of removed, so every position in the masked text is the same position
in the original field. Segments are found on the masked text (line breaks, bullets, table cells,
then spaCy sentences) and reported as ``(field, start, end)`` of the original text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_BLOCK_TAGS = {
    "p", "br", "li", "ul", "ol", "div", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
    "h6", "dt", "dd", "section", "article", "header", "footer", "hr", "tbody", "thead",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!--.*?-->", re.S)
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.S | re.I)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
# Characters that start a new segment (bullets, separators used in marketplace titles).
# (an emoji between spaces is read as a spaced dash: "Zero waste toner \U0001F339 the spray pump can be reused")
_EMOJI = "\U0001F300-\U0001FAFF"
_BREAKS = re.compile(r"\n|\r|\t|[•·▪◆►▶✔✓✅☑★●■◦➤➔→|¦]|(?:^|\s)[-–—*+](?=\s)|\s[–—/]\s| [" + _EMOJI + r"]+ (?=\w)")
# what lies between two segments when the second continues the first ("Eco sneakers – the laces are recycled PET")
CONTINUING_GAP = re.compile(r"\s*[-\u2013\u2014:" + _EMOJI + r"]\s*")
_WORD_END = re.compile(r"\s+")
# A sentence that ends in one of these abbreviations goes on ("licence no. BE/006/001", "approx. 2 kg",
# "incl. box"): spaCy's rule-based sentencizer would split after the full stop.
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(\[])(?:no|nos|nr|approx|appr|incl|excl|e\.g|i\.e|vs|min|max|cert|reg|ref|art|ltd|co|inc|pcs|"
    r"pkt|qty|dia|wt|ht|vol|sq|mfg|mfd|dt|st|dr|mr|mrs|ms|prof|fig|est|dept|approx|corp|int|nat|std|pvt|sep|govt|"
    r"yrs|hrs|mins|secs|pls|imp|mkt|apx|lic|licen|regd|mfr|manuf|wks|mths|mos|ed|pg|pp|avail|avl)\.$",
    re.IGNORECASE)
# a key and its value on one line, split by a tab ("Cruelty Free<TAB>No"): read as "Cruelty Free:No"
_TAB_PAIR = re.compile(r"(?m)^([^\t\n:]{1,30})\t([^\t\n]{1,80})$")
_STRIP = " \t\r\n-–—*•·:;,.|/\\()[]{}\"'`~_=+✔✓✅☑★●■◦➤➔→▪◆►▶"


@dataclass(frozen=True)
class Segment:
    """One unit the models look at: a title part, bullet, table cell or sentence."""

    field: str
    start: int
    end: int
    text: str  # masked and whitespace-normalised text, what the encoder sees
    raw: str  # the original field's characters [start:end], what users see quoted


def mask_html(text: str) -> str:
    """Return ``text`` with HTML tags, comments, script/style bodies and entities replaced by
    spaces (block tags by a newline), keeping the length and every offset unchanged."""
    if "<" not in text and "&" not in text:
        return text
    chars = list(text)

    def blank(start: int, end: int, first: str = " ") -> None:
        for i in range(start, end):
            chars[i] = " " if chars[i] != "\n" else "\n"
        if end > start:
            chars[start] = first

    for m in _HIDDEN.finditer(text):
        blank(m.start(), m.end(), "\n")
    for m in _TAG.finditer(text):
        name = (m.group(2) or "").lower()
        # a table's header cell ends in a colon, so that "<th>Recyclable</th><td>No</td>" reads "Recyclable: No"
        closes_key = m.group(1) == "/" and name in ("th", "dt")
        blank(m.start(), m.end(), ":" if closes_key else "\n" if name in _BLOCK_TAGS else " ")
    masked = "".join(chars)
    for m in _ENTITY.finditer(masked):
        decoded = html.unescape(m.group(0))
        if len(decoded) == 1:
            replacement = (decoded if decoded != "\xa0" else " ") + " " * (len(m.group(0)) - 1)
            masked = masked[: m.start()] + replacement + masked[m.end():]
    return masked


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _trim(masked: str, start: int, end: int) -> tuple[int, int]:
    while start < end and masked[start] in _STRIP:
        start += 1
    while end > start and masked[end - 1] in _STRIP:
        end -= 1
    # keep a closing bracket/quote or full stop that belongs to the text
    if end < len(masked) and masked[end : end + 1] in ").%" and end > start:
        end += 1
    return start, end


def _windows(start: int, end: int, masked: str, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        cut = masked.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield start, cut
        start = cut
    yield start, end


# the answer to a question just before it ("Q: Can I compost these straws? A: Yes, ..."): one unit with it
_ANSWER_START = re.compile(r"\s*((A|Ans|Answer)\s*[:.-]|(yes|no|yeah|nope)\b)", re.IGNORECASE)
# a spec row answered only by a dash
_DASH_ANSWER = re.compile(r"\s*[^:|\n]{1,40}:\s*[\u2014\u2013-]{1,2}\s*")
# a table cell that only says no ("No", "N/A", "Not certified"): the answer to the cell before it
_NEGATIVE_CELL = re.compile(r"(no|nil|none|n/?a|false|unknown|not (certified|applicable|available|claimed|tested|"
                            r"verified|rated)|[\u274c\u2716\u2717\u2718])", re.IGNORECASE)
# ... and a quoted answer after a dash ('"Is it eco-friendly?" – "Yes!"'): one piece with its question
_QUOTED_ANSWER = re.compile(r"\s*[\"\u201c\u2018']" + _ANSWER_START.pattern, re.IGNORECASE)


def _merge(spans: list[tuple[int, int]], masked: str, joins: Callable[[str, int, int], bool]) -> list[tuple[int, int]]:
    """``spans`` with each one merged into the one before when ``joins(previous text, start, end)`` holds."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and joins(masked[out[-1][0]: out[-1][1]].rstrip(), a, b):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _join_abbreviations(spans: list[tuple[int, int]], masked: str) -> list[tuple[int, int]]:
    """Merge a sentence that ends in an abbreviation ("no.", "approx.", "incl.") with the next one, and a
    question with the answer that follows it."""
    return _merge(spans, masked, lambda previous, a, b: bool(
        _ABBREVIATION_END.search(previous.rstrip(" ([")) or  # "GRS cert. (licence no. ...)": the bracket opened
        (previous.endswith("?") and _ANSWER_START.match(masked, a))))


def _join_key_values(pieces: list[tuple[int, int]], masked: str) -> list[tuple[int, int]]:
    """A spec table written one cell per line ("Recyclable:" then "No"), or as a pipe-separated row whose answer
    is a bare negative ("Plastic Free | No | Dishwasher Safe | Yes"): the key and its short value are one piece."""
    return _merge(pieces, masked, lambda previous, a, b: (previous.endswith(":") and len(masked[a:b].strip()) <= 40) or
                  (masked[a - 1: a] in ("|", "\u00a6") and _NEGATIVE_CELL.fullmatch(masked[a:b].strip()) is not None) or
                  (previous.rstrip("\"'\u201d\u2019").endswith("?") and _QUOTED_ANSWER.match(masked, a) is not None))


def segment_field(field: str, text: str, max_chars: int = 600) -> list[Segment]:
    """Split one field into segments with offsets into ``text``."""
    if not text:
        return []
    masked = _TAB_PAIR.sub(lambda m: f"{m.group(1)}:{m.group(2)}", mask_html(text))
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAKS.finditer(masked):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(masked)))
    pieces = _join_key_values(pieces, masked)
    nlp = _sentencizer()
    out: list[Segment] = []
    for p_start, p_end in pieces:
        if _DASH_ANSWER.fullmatch(masked[p_start:p_end]):
            continue  # "Environmental: \u2014": a spec row left empty says nothing
        s, e = _trim(masked, p_start, p_end)
        if e - s < 2:
            continue
        chunk = masked[s:e]
        spans = [(s, e)]
        if len(chunk) > 80 and any(ch in chunk for ch in ".!?"):
            doc = nlp(chunk)
            spans = _join_abbreviations([(s + sent.start_char, s + sent.end_char) for sent in doc.sents], masked)
        for a, b in spans:
            a, b = _trim(masked, a, b)
            if b - a < 2 or not any(ch.isalnum() for ch in masked[a:b]):
                continue
            for wa, wb in _windows(a, b, masked, max_chars):
                wa, wb = _trim(masked, wa, wb)
                if wb - wa >= 2:
                    clean = _WORD_END.sub(" ", masked[wa:wb]).strip()
                    out.append(Segment(field, wa, wb, clean, text[wa:wb]))
    return out


def listing_segments(listing: dict[str, Any], max_chars: int = 600) -> list[Segment]:
    """Segments of a listing's title and description, in reading order."""
    segs: list[Segment] = []
    for field in ("title", "description"):
        value = listing.get(field)
        if isinstance(value, str):
            segs.extend(segment_field(field, value, max_chars))
    return segs
