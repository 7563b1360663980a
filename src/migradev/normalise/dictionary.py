"""Word lists that confirm a repair: a word is rewritten only into a known word, never out of one.

The lists are pyspellchecker's frequency dictionaries (built from OpenSubtitles and Wikipedia).
"""

from __future__ import annotations

from functools import lru_cache

from spellchecker import SpellChecker

_AVAILABLE = {"fr", "en", "es", "de", "pt", "it", "nl", "ru", "ar"}


class Dictionary:
    def __init__(self, language: str):
        self.language = language
        self._frequency = SpellChecker(language=language, distance=1).word_frequency

    def __contains__(self, word: str) -> bool:
        return self.knows(word)

    def knows(self, word: str) -> bool:
        word = word.lower().replace("’", "'")
        return bool(word) and self._frequency[word] > 0


@lru_cache(maxsize=8)
def dictionary_for(language: str | None) -> Dictionary:
    return Dictionary(language if language in _AVAILABLE else "en")
