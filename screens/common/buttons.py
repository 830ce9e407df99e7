"""BigButton: a large touch target with an icon and words that wrap, named for screen readers by its words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from screens.common.theme import COLOURS, ICONS, SIZES
from screens.common.wrapping import WrappingLabel

MIRRORED = frozenset({"back"})
"""Icons that point a direction: drawn mirrored in a right-to-left language (back points right)."""

_RENDERERS: dict[str, QSvgRenderer | None] = {}
"""Each icon's SVG read and parsed once, then shared by every button that shows it."""


def renderer(name: str | None) -> QSvgRenderer | None:
    """The shared renderer of assets/icons/`name`.svg; None for no icon, an unknown or a broken one."""
    if not name:
        return None
    if name not in _RENDERERS:
        path = ICONS / f"{name}.svg"
        made = QSvgRenderer(str(path)) if path.exists() else None
        _RENDERERS[name] = made if made is not None and made.isValid() else None
    return _RENDERERS[name]


class IconView(QWidget):
    """An SVG from assets/icons painted to fit; an unknown or missing icon simply shows nothing."""

    def __init__(self, name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("icon")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._renderer: QSvgRenderer | None = None
        self.name: str | None = None
        self.badge = False
        self._show(name)

    def set_icon(self, name: str | None) -> None:
        if name != self.name:  # the same icon again (a pooled answer button) costs nothing
            self._show(name)

    def _show(self, name: str | None) -> None:
        self.name = name
        self._renderer = renderer(name)
        self.setVisible(self._renderer is not None)
        self.update()

    @property
    def has_icon(self) -> bool:
        return self._renderer is not None

    @property
    def mirrored(self) -> bool:
        """Whether the icon is drawn mirrored now (a directional one, right to left)."""
        return self.name in MIRRORED and self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def sizeHint(self) -> QSize:
        side = SIZES["icon_size"]
        return QSize(side, side).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        # Never squeezed away by long words beside it (a one-word "Check in" of larger text left its
        # button with no icon): the words wrap, or the button grows, first.
        side = SIZES["icon_size"] // 2
        return QSize(side, side)

    def paintEvent(self, _event) -> None:
        if self._renderer is None:
            return
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self.badge:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLOURS["surface"]))
            painter.drawEllipse(box)
            inset = side * 0.16
            box = box.adjusted(inset, inset, -inset, -inset)
        self._renderer.render(painter, box)


class BigButton(QPushButton):
    """Icon beside words (and an optional smaller second line); `role` picks its look in the theme."""

    def __init__(
        self,
        words: str = "",
        *,
        icon: str | None = None,
        help_text: str = "",
        role: str = "answer",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        pad = SIZES["button_padding"]
        row = QHBoxLayout(self)
        side = SIZES["lang_side_padding"] if role == "lang" else pad
        row.setContentsMargins(side, pad // 2, side, pad // 2)
        row.setSpacing(pad)
        self.icon_view = IconView(icon)
        row.addWidget(self.icon_view, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout()
        column.setSpacing(pad // 3)
        row.addLayout(column, 1)
        self.words_label = self._label("words")
        self.help_label = self._label("help")
        # Stretch above and below keeps the two lines together, centred in a tall button.
        column.addStretch(1)
        column.addWidget(self.words_label)
        column.addWidget(self.help_label)
        column.addStretch(1)
        # Line icons are dark; on a dark button they sit on a light disc so they stay visible.
        self.icon_view.badge = role in ("primary", "talk")
        centred = role != "answer"
        for label in (self.words_label, self.help_label):
            align = Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.set_words(words, help_text)

    def _label(self, name: str) -> QLabel:
        label = WrappingLabel()
        label.setObjectName(name)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def set_words(self, words: str, help_text: str = "") -> None:
        """Show `words` (and `help_text` below); a screen reader hears the same words."""
        self.words_label.setText(words)
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        self.setAccessibleName(words)
        if help_text:
            self.setAccessibleDescription(help_text)
        self.updateGeometry()

    def set_description(self, text: str) -> None:
        """What a screen reader adds after the name (what the button does); not shown."""
        self.setAccessibleDescription(text)

    def set_icon(self, name: str | None) -> None:
        self.icon_view.set_icon(name)

    @property
    def words(self) -> str:
        return self.words_label.text()

    def spoken(self) -> str:
        """What reading the button aloud says: its words, then its second line."""
        return ". ".join(t for t in (self.words, self.help_label.text()) if t)

    # QPushButton sizes itself from its own text; ours is in the layout.
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))

    def set_current(self, current: bool) -> None:
        """Mark as the chosen one (the language in use); the theme shows it."""
        value = "true" if current else "false"
        if self.property("current") == value and self.isCheckable() and self.isChecked() == current:
            return  # as it is: polishing it again costs a restyle of the button on every screen change
        self.setProperty("current", value)
        self.setCheckable(True)
        self.setChecked(current)
        # A chosen tool turns dark, so its dark line icon moves onto a light disc.
        if self.property("role") == "tool":
            self.icon_view.badge = current
            self.icon_view.update()
        for widget in (self, self.words_label):
            # One not styled yet (not shown since it was made) takes the property when it first is.
            if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
