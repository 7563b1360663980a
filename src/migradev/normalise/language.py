"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_LETTERS = 40
CANDIDATE_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh", "pt", "de", "it", "nl"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The languages of the UN and of the forums' member states: guesses outside them are noise on
    # short or name-heavy paragraphs ("Recalling its resolutions 2453 A (XXIII)..." is not Pidgin).
    identifier.set_languages(CANDIDATE_LANGUAGES)
    return identifier


def detect_language(text: str, *, default: str | None = None, min_confidence: float = 0.5) -> str | None:
    """ISO 639-1 code, or `default` when the text is too short or the guess too weak."""
    letters = len(re.findall(r"[^\W\d_]", text))
    if letters < _MIN_LETTERS:
        return default
    # The first few hundred characters decide as well as the whole paragraph, at a fraction of the cost.
    language, confidence = _identifier().classify(text[:600])
    return language if confidence >= min_confidence else default
