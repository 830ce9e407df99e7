"""The yellow strip for a kiosk's notice (its printer jammed or ran out of paper): the latest one,
until staff dismiss it. The kiosk's message is shown as it was sent; the framing words are ours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy

from screens.common.wrapping import WrappingLabel
from screens.staff.desk import Desk
from screens.staff.when import clock


def notice_text(notice: dict) -> str:
    """ "The kiosk's printer: Out of paper – 10.42"."""
    if notice.get("kind") == "printer":
        frame = QCoreApplication.translate("StaffNotice", "The kiosk's printer: %1 – %2")
    else:
        frame = QCoreApplication.translate("StaffNotice", "The kiosk: %1 – %2")
    at = clock(notice.get("at"))
    text = frame.replace("%1", str(notice.get("message") or "")).replace("%2", at)
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
