"""How a ticket number is written for a text-to-speech engine, so that it says it the way people do.

"A012" is said "A twelve" ("aa kaksitoista", "a tolv"): the letter by its name, then the number as
a number, without the leading zeros that only keep the printed numbers the same width. The engine
says the number in the visitor's language; no number words live here.

The written form was chosen by listening through espeak-ng's phonemes (`espeak-ng -v fi -x`):

- no space between letter and number ("A12"): with a space, English reads a lone "A" as the
  article ("uh twelve"); joined, fi, sv and en all say the letter's name;
- the letters of a two-letter prefix joined by a hyphen ("A-B12"): joined without it, "AB" and
  "SU" are read as words ("ab", "su"); with spaces, English again says "uh" for "A";
- no other punctuation: speech-dispatcher may read punctuation out loud at higher levels.

Some voices do not say Latin letters at all: espeak-ng's Russian and Ukrainian hand "A12" to an
English voice ("ei dvenadtsat"), where a Russian speaker says "а двенадцать". For those the
translations name the letters (`letter_names`): "A012" is then given as "а 12", "AB007" as "а-бэ 7".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_NUMBER = re.compile(r"([A-Z]{1,2})0*(\d+)")
LETTERS = "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"
"""The letters a ticket number may start with, as a translation names them (`letter_names`)."""


def letter_names(names: str) -> dict[str, str]:
    """Each letter's name from `names`, 26 words in the order of LETTERS: {"A": "а", "B": "бэ", ...}.

    Empty (the voice says the letters itself) when `names` is LETTERS itself, as in the languages
    whose voices read Latin letters, or is not 26 words: a slip in a translation must not make the
    kiosk say the wrong letter.
    """
    words = names.split()
    if names.strip() == LETTERS or len(words) != len(LETTERS.split()):
        return {}
    return dict(zip(LETTERS.split(), words, strict=True))


def spoken_number(number: str, names: Mapping[str, str] | None = None) -> str:
    """The ticket number as a speech engine should get it: "A012" -> "A12", "AB007" -> "A-B7"; with
    the letters' `names` (see letter_names), "A012" -> "а 12", "AB007" -> "а-бэ 7".

    Anything that is not a ticket number (one or two capital letters, then digits) comes back as
    it was, so a surprise in the data is still said, if oddly, rather than lost.
    """
    match = _NUMBER.fullmatch(number.strip())
    if match is None:
        return number
    letters, digits = match.groups()
    if names:
        return f"{'-'.join(names[letter] for letter in letters)} {digits}"
    return f"{'-'.join(letters)}{digits}"
