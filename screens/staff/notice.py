"""The yellow strip for a kiosk's notice (its printer jammed or ran out of paper), or the hub's (a kiosk
or the waiting-room screen is out of touch): the latest one, until staff dismiss it. The message is
shown as it was sent; the framing words are ours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy

from screens.common.wrapping import WrappingLabel
from screens.staff.desk import Desk
from screens.staff.when import clock


def notice_text(notice: dict) -> str:
    """ "The kiosk's printer: Out of paper – 10.42"; the hub's own: a kiosk or the waiting-room screen
    out of touch since 10.42, or back (kiosk/server/hub/device_watch.py), the message being its name."""
    frames = {
        "printer": QCoreApplication.translate("StaffNotice", "The kiosk's printer: %1 – %2"),
        "kiosk_silent": QCoreApplication.translate(
            "StaffNotice", "The kiosk “%1” has not been in touch since %2. Is it on, and on the network?"
        ),
        "kiosk_back": QCoreApplication.translate("StaffNotice", "The kiosk “%1” is in touch again – %2"),
        "display_silent": QCoreApplication.translate(
            "StaffNotice",
            "The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?",
        ),
        "display_back": QCoreApplication.translate(
            "StaffNotice", "The waiting-room screen “%1” is in touch again – %2"
        ),
    }
    frame = frames.get(str(notice.get("kind"))) or QCoreApplication.translate(
        "StaffNotice", "The kiosk: %1 – %2"
    )
    at = clock(notice.get("at"))
    # Isolated: a kiosk's name or a printer's words in Latin letters keep their order in an Arabic line.
    message = f"\u2068{notice.get('message') or ''}\u2069"
    text = frame.replace("%1", message).replace("%2", at)
    return text if at else text.removesuffix(" – ")


class NoticeStrip(QFrame):
    """Hidden until the Desk has a notice; OK hides it (a newer notice shows it again)."""

    def __init__(self, desk: Desk):
        super().__init__()
        self.setObjectName("Notice")
        self.desk = desk
        self.text = WrappingLabel()
        self.text.setObjectName("NoticeText")
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.dismiss_button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        row.setSpacing(12)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(desk.dismiss_notice)
        desk.noticeChanged.connect(self.refresh)
        self.refresh()

    def translateUI(self) -> None:
        self.dismiss_button.setText(QCoreApplication.translate("StaffNotice", "OK, hide"))
        self.dismiss_button.setToolTip(
            QCoreApplication.translate("StaffNotice", "Hide this until the kiosk sends a new notice.")
        )
        self.refresh()

    def refresh(self) -> None:
        notice = self.desk.notice
        self.setVisible(notice is not None)
        self.text.setText(notice_text(notice) if notice else "")
