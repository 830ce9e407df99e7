"""Every word the printed slip carries, marked for lupdate in the "Slip" context.

A slip is printed in the visitor's language whatever the kiosk shows at that moment, so each text
is looked up with `Translations.text_in(lang, CONTEXT, source)`, never through the installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Slip"

YOUR_NUMBER = QT_TRANSLATE_NOOP("Slip", "Your number")
POSITION = QT_TRANSLATE_NOOP("Slip", "You are number %1 in the queue.")
NEXT = QT_TRANSLATE_NOOP("Slip", "You are next.")
WAIT_ONE = QT_TRANSLATE_NOOP("Slip", "You will wait about 1 minute.")
WAIT_MANY = QT_TRANSLATE_NOOP("Slip", "You will wait about %1 minutes.")
CALL = QT_TRANSLATE_NOOP("Slip", "Watch the screen. We will call your number.")
QR_TICKET = QT_TRANSLATE_NOOP("Slip", "Scan the code with your phone to follow your turn.")

YOUR_TIME = QT_TRANSLATE_NOOP("Slip", "Your booked time")
AT_TIME = QT_TRANSLATE_NOOP("Slip", "at %1")
"""%1 the time of day ("9.00"); Finnish "klo %1", Swedish "kl. %1"."""
YOUR_CODE = QT_TRANSLATE_NOOP("Slip", "Your booking code")
CHECK_IN = QT_TRANSLATE_NOOP("Slip", "When you come, type this code at the kiosk.")
QR_BOOKING = QT_TRANSLATE_NOOP("Slip", "Scan the code with your phone to save the time in your calendar.")
