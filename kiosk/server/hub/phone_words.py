"""The phone page's words: English source texts, translated in translations/kiosk_<lang>.ts (context "Phone").

`QT_TRANSLATE_NOOP` only marks them for `lupdate` (screens/common/build_translations.py lists this file);
the hub reads the translations itself, without Qt (kiosk/server/ts_words.py).
"""

from __future__ import annotations

CONTEXT = "Phone"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


WORDS = {
    "title": QT_TRANSLATE_NOOP("Phone", "Your number"),
    "position": QT_TRANSLATE_NOOP("Phone", "Your place in the queue"),
    "wait": QT_TRANSLATE_NOOP("Phone", "Estimated wait"),
    "minutes": QT_TRANSLATE_NOOP("Phone", "{n} min"),
    "soon": QT_TRANSLATE_NOOP("Phone", "soon"),
    "waiting": QT_TRANSLATE_NOOP("Phone", "Please wait for your turn"),
    "next": QT_TRANSLATE_NOOP("Phone", "You are next"),
    "where": QT_TRANSLATE_NOOP("Phone", "Place"),
    "your_turn": QT_TRANSLATE_NOOP("Phone", "It is your turn!"),
    "come_to": QT_TRANSLATE_NOOP("Phone", "Please come to:"),
    "done": QT_TRANSLATE_NOOP("Phone", "Your visit is finished"),
    "no_show": QT_TRANSLATE_NOOP("Phone", "Your turn has passed. Please ask at the info desk."),
    "refresh": QT_TRANSLATE_NOOP("Phone", "This page updates itself."),
    "offline": QT_TRANSLATE_NOOP("Phone", "No connection. Trying again."),
    "missing_title": QT_TRANSLATE_NOOP("Phone", "Number not found"),
    "missing": QT_TRANSLATE_NOOP("Phone", "Check the address or ask at the info desk."),
}
"""Each word the page uses, by its key in the page and its script, as its English source text."""
