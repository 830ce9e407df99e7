"""IconPicker: the icons in assets/icons as a grid with their names; the chosen name goes in the routing."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from screens.admin.words import AdminWords
from screens.common.theme import ICONS


def icon_names() -> list[str]:
    return sorted(p.stem for p in ICONS.glob("*.svg"))


def icon(name: str | None) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if name and path.exists() else QIcon()


class IconPicker(QDialog):
    """`chosen` is the icon's name after Accept ("" for no icon)."""

    def __init__(self, words: AdminWords, current: str | None = None, parent=None):
        super().__init__(parent)
        self.words = words
        self.chosen = current or ""
        translate = words.translate
        self.setWindowTitle(translate("AdminEditor", "Choose an icon"))
        self.grid = QListWidget(objectName="IconGrid")
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(QSize(56, 56))
        self.grid.setGridSize(QSize(112, 96))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        for name in icon_names():
            item = QListWidgetItem(icon(name), name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.grid.addItem(item)
            if name == current:
                self.grid.setCurrentItem(item)
        self.grid.itemDoubleClicked.connect(lambda _item: self.accept())
        self.none = QPushButton(translate("AdminEditor", "No icon"))
        self.none.clicked.connect(self._no_icon)
        self.ok = QPushButton(translate("AdminEditor", "Use this icon"))
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self.accept)
        cancel = QPushButton(translate("AdminEditor", "Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.none)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(row)
        self.resize(640, 480)

    def accept(self) -> None:
        item = self.grid.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()

    def _no_icon(self) -> None:
        self.chosen = ""
        super().accept()
