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
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"([A-Z]{1,2})0*(\d+)")


def spoken_number(number: str) -> str:
    """The ticket number as a speech engine should get it: "A012" -> "A12", "AB007" -> "A-B7".

    Anything that is not a ticket number (one or two capital letters, then digits) comes back as
    it was, so a surprise in the data is still said, if oddly, rather than lost.
    """
    match = _NUMBER.fullmatch(number.strip())
    if match is None:
        return number
    letters, digits = match.groups()
    return f"{'-'.join(letters)}{digits}"
