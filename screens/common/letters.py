"""How a ticket number's letters are said, in the language in use or in any one language.

The names are a translation (context "Common") of the 26 letters written with spaces between: a
language whose voice says Latin letters itself keeps them as they are; Russian and Ukrainian name
them ("а бэ цэ ..."), as their voices would otherwise hand "A12" to an English voice. See
kiosk.core.spoken.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.spoken import letter_names, spoken_number
from screens.common.i18n import Translations

CONTEXT = "Common"
NOTE = "the names of the letters of a ticket number (A12), for the voice: 26, in this order"


def said_number(number: str) -> str:
    """`number` as the voice should get it in the language in use (its translator installed)."""
    # Written out, not CONTEXT, LETTERS and NOTE: lupdate finds a message only as literal text. The
    # tests check that every language gives "A-B12" or 26 names, which a different text would not.
    names = QCoreApplication.translate(
        "Common",
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
        "the names of the letters of a ticket number (A12), for the voice: 26, in this order",
    )
    return spoken_number(number, letter_names(names))


def said_number_in(translations: Translations, lang: str, number: str) -> str:
    """`number` as the voice should get it in `lang`, whatever language is in use."""
    names = translations.text_in(lang, CONTEXT, "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z", NOTE)
    return spoken_number(number, letter_names(names))
