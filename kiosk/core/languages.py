"""The languages the product has: one registry, followed by every screen, the hub and the tools.

A language is data: its code, its own name (autonym), the Qt locale its dates are written in, the
locale a speech engine is asked for, its text direction, how it writes a clock time, and whether a
native speaker has reviewed its texts. The words themselves are in translations/kiosk_<code>.ts
(the screens, the slip, the phone page) and in the routing (the centre's own texts); the routing's
`languages` picks which of the registry's languages a kiosk offers, in order.

Adding a language: its .ts file, one `Language(...)` line in `LANGUAGES` below, and its texts in
the routing. A test or a deployment can also add one at runtime with `register()` (tests/test_languages.py
walks a whole visit in a made-up language that way, without touching code).

Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

LTR = "ltr"
RTL = "rtl"

LRI = "\u2066"
"""LEFT-TO-RIGHT ISOLATE: what follows is laid out left to right inside any paragraph."""
FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes the direction of its own first letter, inside any paragraph."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends an isolate."""
LRM = "\u200e"
"""LEFT-TO-RIGHT MARK: an invisible letter of left-to-right direction."""
RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: an invisible letter of right-to-left direction."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a language's name for `lupdate` (screens/common/build_translations.py lists this file);
    the screens translate it in the "Languages" context. The core itself imports no Qt."""
    return source


@dataclass(frozen=True)
class Language:
    code: str
    """ISO 639-1, as in the routing's `languages` and the .ts file name: "fi"."""
    autonym: str
    """The language's name for itself, the same in every translation: "Suomi"."""
    qt_locale: str
    """The locale day and month names are taken from: "fi_FI" (Finland's Swedish is "sv_FI")."""
    speech_locale: str
    """What a speech engine is asked for; a voice of the same language elsewhere also does."""
    direction: str = LTR
    """"ltr" or "rtl": how a screen, the slip and the phone page are laid out."""
    time_format: str = "HH:mm"
    """A clock time: "H.mm" (9.05, Finnish style) or "HH:mm" (09:05). Always Western digits."""
    reviewed: bool = False
    """Whether a native speaker has reviewed its texts (the product's, in its .ts file)."""
    name: str = ""
    """Its name in English, translated for staff and admins ("Languages" context): "Finnish"."""

    @property
    def rtl(self) -> bool:
        return self.direction == RTL


# fmt: off
LANGUAGES: list[Language] = [
    # code, autonym, Qt locale, speech locale, direction, clock, reviewed, name in English
    Language("fi", "Suomi", "fi_FI", "fi_FI", LTR, "H.mm", True, QT_TRANSLATE_NOOP("Languages", "Finnish")),
    Language("sv", "Svenska", "sv_FI", "sv_SE", LTR, "H.mm", True, QT_TRANSLATE_NOOP("Languages", "Swedish")),
    Language("en", "English", "en_GB", "en_GB", LTR, "HH:mm", True, QT_TRANSLATE_NOOP("Languages", "English")),
    Language("uk", "Українська", "uk_UA", "uk_UA", LTR, "HH:mm", False, QT_TRANSLATE_NOOP("Languages", "Ukrainian")),
    Language("ar", "العربية", "ar_AE", "ar", RTL, "HH:mm", False, QT_TRANSLATE_NOOP("Languages", "Arabic")),
    Language("so", "Soomaali", "so_SO", "so_SO", LTR, "HH:mm", False, QT_TRANSLATE_NOOP("Languages", "Somali")),
    Language("ru", "Русский", "ru_RU", "ru_RU", LTR, "HH:mm", False, QT_TRANSLATE_NOOP("Languages", "Russian")),
    Language("et", "Eesti", "et_EE", "et_EE", LTR, "HH:mm", False, QT_TRANSLATE_NOOP("Languages", "Estonian")),
]
# fmt: on
"""Every language the product has, in the order tools list them. Edit here to add one."""

FALLBACK = "en"
"""The language of the product's source texts: what a missing translation falls back to."""

_REGISTRY: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}


def register(language: Language) -> Language:
    """Add (or replace) a language at runtime, e.g. a test's made-up one; returns it."""
    if not language.code or language.direction not in (LTR, RTL):
        raise ValueError(f"bad language entry: {language!r}")
    _REGISTRY[language.code] = language
    return language


def unregister(code: str) -> None:
    """Forget a language added with `register` (the built-in ones come back from `LANGUAGES`)."""
    _REGISTRY.pop(code, None)
    for builtin in LANGUAGES:
        if builtin.code == code:
            _REGISTRY[code] = builtin


def codes() -> list[str]:
    """Every registered language code, built-in ones first in their order."""
    return list(_REGISTRY)


def known(code: str) -> bool:
    return code in _REGISTRY


def language(code: str) -> Language:
    """The registry entry for `code`; an unknown code gets a plain left-to-right entry named by its code."""
    found = _REGISTRY.get(code)
    if found is not None:
        return found
    return Language(code, code, code, code, LTR, "HH:mm", reviewed=False)


def autonym(code: str) -> str:
    return language(code).autonym


def is_rtl(code: str) -> bool:
    return language(code).rtl


def reviewed(code: str) -> bool:
    return language(code).reviewed


def in_lang(text: Mapping[str, str] | str | None, lang: str, fallbacks: Iterable[str] = ()) -> str:
    """A text in `lang`; else in the first of `fallbacks` it has; else in the first language it has.

    The routing check names every missing text, so the fallback is rare: better some words than none.
    """
    if isinstance(text, str):
        return text
    if not text:
        return ""
    for code in (lang, *fallbacks):
        if text.get(code):
            return text[code]
    return next((words for words in text.values() if words), "")


def clock(hour: int, minute: int, lang: str) -> str:
    """A clock time as `lang` writes it, with Western digits: "9.05" (fi, sv), "09:05" (the others)."""
    pattern = language(lang).time_format
    hours = f"{hour:02d}" if pattern.startswith("HH") else str(hour)
    separator = "." if "." in pattern else ":"
    return f"{hours}{separator}{minute:02d}"


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def western_digits(text: str) -> str:
    """`text` with Arabic-Indic and Extended Arabic-Indic digits written 0-9, as on the ticket."""
    return text.translate(_DIGITS)


_MARKS = dict.fromkeys(map(ord, LRM + RLM + "\u061c"))  # and the ARABIC LETTER MARK


def without_marks(text: str) -> str:
    """`text` without the direction marks a locale puts in its dates (Arabic: 14\u200f/1\u200f/2025):
    inside a date kept left to right they would turn its parts around ("1410:02 2025/1/")."""
    return text.translate(_MARKS)


def as_printed(text: str) -> str:
    """A ticket number, booking code or time kept left to right inside a right-to-left line."""
    return f"{LRI}{text}{PDI}" if text else text


def as_printed_in(text: str, lang: str) -> str:
    """`text` (a number, code or time) inside a line of `lang`: kept left to right in a right-to-left
    language (`as_printed`), as it is in the others."""
    return as_printed(text) if is_rtl(lang) else text


def isolated(text: str) -> str:
    """A name or phrase in its own script kept whole inside a line of another direction: "Українська"
    in an Arabic sentence neither takes the commas around it nor swaps places with its neighbours."""
    return f"{FSI}{text}{PDI}" if text else text
