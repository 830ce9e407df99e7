"""Every word the waiting-room display shows, marked for lupdate in the "Display" context.

The display shows two languages at once, so it never switches the application's translator: each
text is looked up in both languages with `Translations.text_in(lang, CONTEXT, source)`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Display"

NOW_SERVING = QT_TRANSLATE_NOOP("Display", "Now serving")
NO_CALLS = QT_TRANSLATE_NOOP("Display", "Queue numbers are shown here")
PREVIOUS = QT_TRANSLATE_NOOP("Display", "Previous calls")
WAITING_NOW = QT_TRANSLATE_NOOP("Display", "Waiting now")
PEOPLE = QT_TRANSLATE_NOOP("Display", "People")
WAIT = QT_TRANSLATE_NOOP("Display", "Wait about")
MINUTES = QT_TRANSLATE_NOOP("Display", "%1 min")
MORE_SERVICES = QT_TRANSLATE_NOOP("Display", "More services: %1")
"""Under the queue's last row when the panel cannot hold them all: %1 how many are left off."""
AWAY = QT_TRANSLATE_NOOP("Display", "Not here now")
CLOSED = QT_TRANSLATE_NOOP("Display", "Closed")
OPEN_AGAIN = QT_TRANSLATE_NOOP("Display", "Open again %1 %2")
"""%1 the day ("Mon", or "Mon 5.1." when it is a week or more away), %2 the time ("9.00")."""
SHORT_DATE = QT_TRANSLATE_NOOP("Display", "d MMM")
"""The date after the day in OPEN_AGAIN, as a Qt date pattern: "d.M." in Finnish and Swedish ("5.1."),
"d MMM" in English ("5 Jan"); the month's name is the language's own (QLocale)."""
OFFLINE = QT_TRANSLATE_NOOP("Display", "Connection lost – the display updates when the connection is back")
NOT_PAIRED = QT_TRANSLATE_NOOP("Display", "This display is not paired with the queue – please tell the staff")

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Display", "Mon"),
    QT_TRANSLATE_NOOP("Display", "Tue"),
    QT_TRANSLATE_NOOP("Display", "Wed"),
    QT_TRANSLATE_NOOP("Display", "Thu"),
    QT_TRANSLATE_NOOP("Display", "Fri"),
    QT_TRANSLATE_NOOP("Display", "Sat"),
    QT_TRANSLATE_NOOP("Display", "Sun"),
)
"""Short weekday names, Monday first (datetime.weekday() order)."""
