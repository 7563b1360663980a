"""Repairs of OCR confusions typical of scanned French UN documents, each confirmed by a dictionary."""

from __future__ import annotations

import re

from migradev.model import MappedStr
from migradev.normalise.dictionary import Dictionary

# "1’Organisation" -> "l’Organisation": digit one read for a lower-case L before an apostrophe.
_ONE_FOR_L = re.compile(r"(?<![\w\d])1(?=[’'](?P<word>[^\W\d_]+))")
# "Etats" -> "États": French capitals often lose their accent in print and OCR.
_BARE_CAPITAL_E = re.compile(r"(?<![\w\d])E(?P<rest>[a-zà-ÿœ]+)\b")
# "d¢veloppement" -> "développement": the cent sign read for an e acute.
_CENT_IN_WORD = re.compile(r"[^\W\d_]*¢[\w¢]*|\w*[^\W\d_]¢")
# "11 a été" at a sentence start -> "Il a été"; "11s" -> "Ils".
_ELEVEN_FOR_IL = re.compile(r"(?:(?<=^)|(?<=[.!?:»]\s)|(?<=\n))(?P<digits>11s?)(?=\s+(?P<next>[^\W\d_]+[’']?))")
_IL_FOLLOWERS = {
    "a", "ont", "est", "sont", "était", "étaient", "sera", "seront", "serait", "avait", "avaient", "aura",
    "y", "n'", "n’", "s'", "s’", "ne", "se", "faut", "faudrait", "convient", "conviendrait", "existe",
    "importe", "semble", "reste", "apparaît", "s'agit", "s’agit", "peut", "peuvent", "doit", "doivent",
    "devrait", "devraient", "ont", "en", "le", "la", "les", "lui", "leur",
}


def repair_ocr(text: MappedStr, dictionary: Dictionary) -> MappedStr:
    if dictionary.language != "fr":
        return text
    text = text.sub(_ONE_FOR_L, lambda m: "l" if dictionary.knows(m.group("word")) else None)
    text = text.sub(_BARE_CAPITAL_E, lambda m: _accent_capital(m, dictionary))
    if "¢" in text.text:
        text = text.sub(_CENT_IN_WORD, lambda m: _cent(m.group(0), dictionary))
    text = text.sub(_ELEVEN_FOR_IL, lambda m: _eleven(m, dictionary))
    return text


def _accent_capital(match: re.Match[str], dictionary: Dictionary) -> str | None:
    rest = match.group("rest")
    if dictionary.knows("e" + rest) or not dictionary.knows("é" + rest):
        return None
    return "É" + rest


def _cent(word: str, dictionary: Dictionary) -> str | None:
    candidate = word.replace("¢", "é")
    return candidate if dictionary.knows(candidate) else None


def _eleven(match: re.Match[str], dictionary: Dictionary) -> str | None:
    following = match.group("next").lower()
    if following not in _IL_FOLLOWERS or not dictionary.knows(following.rstrip("'’") or following):
        return None
    return "Ils" if match.group("digits").endswith("s") else "Il"
