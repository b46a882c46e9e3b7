"""Which language a listing is written in, and whether the analyzer reads it.

The models read English. A listing in another language must not come out as ``none`` ("none"
means: read, and no claim found), so the analyzer marks it ``status: unsupported_language`` with
the language it detected, and scores nothing (labels.md section 4).

Detection: py3langid (a naive Bayes model over byte n-grams that ships inside the PyPI package;
nothing is downloaded), over the listing's title and description with HTML masked, restricted to
the languages marketplaces commonly carry. Short or ambiguous text (model numbers, "USB C cable
1m") is taken as English: only a confident call on enough text marks a listing unsupported, or enough
text mostly in a non-Latin script (a Hindi listing in Devanagari, whatever the detector's confidence), or a
fairly sure call on enough Latin-script words with almost no English function word among them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPPORTED = ("en",)
# languages a marketplace listing is commonly written in (the detector chooses among these only)
CANDIDATES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "cs", "ro", "hu", "tr",
              "ru", "uk", "el", "ar", "he", "hi", "bn", "ta", "te", "mr", "ur", "fa", "id", "ms", "vi", "th",
              "zh", "ja", "ko")
MIN_LETTERS = 24  # fewer letters than this: not enough to call a language, read as English
# chosen on the behavioural dev language cases (3 of 54 missed at 0.9, 1 at 0.8); none of 9,817 English listings
# (written corpora, behavioural cases, real India copy outside the reserved ids) is called another language at 0.7
MIN_PROBABILITY = 0.8
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # words in Latin script
_ENGLISH_WORDS = frozenset("the and for with of to in is are your you this that from by on it its our we be can as at "
                           "an or not no all will has have use made".split())


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(str(MODEL_DIR / MODEL_FILE), norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return ident


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ``("en", 0.0)`` when the text is too short to tell."""
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        return "en", 0.0
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def listing_language(listing: dict[str, Any]) -> str:
    """The language the analyzer should treat the listing as written in."""
    from claims.text.prep import mask_html

    text = "\n".join(mask_html(listing[f]) for f in ("title", "description") if isinstance(listing.get(f), str))
    lang, prob = detect(text)
    if lang not in SUPPORTED and prob < MIN_PROBABILITY:
        # an unsure call, except for text mostly in a script the models cannot read at all (Devanagari,
        # Arabic, CJK, ...): that is never English, whichever language it is
        letters = _LETTER.findall(text)
        if len(letters) >= MIN_LETTERS and sum(c <= "\u024f" for c in letters) < 0.5 * len(letters):
            return lang
        # ... or a fairly sure call (0.7: a German tank model's English title, all product names, came out German at
        # 0.58) on enough words of which almost none is an English function word ("Envase ecológico y sostenible",
        # detected Spanish at 0.79)
        words = _WORD.findall(text.lower())
        if prob >= 0.7 and len(words) >= 12 and sum(w in _ENGLISH_WORDS for w in words) < 0.03 * len(words):
            return lang
        return "en"
    return lang


def supported(language: str) -> bool:
    return language in SUPPORTED
