"""CheckInFlow: checking in with a booking code (the keypad, the hub's ticket or its refusal).

Part of one visit (`screens.visitor.flow.VisitFlow`), which owns the screen shown, `busy`, the
language and the hub client; this flow owns the code typed and the hub's refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.client.http import error_code, succeeded
from kiosk.core.booking_codes import CODE_ALPHABET, CODE_LENGTH
from screens.visitor.screen import Screen

if TYPE_CHECKING:
    from screens.visitor.flow import VisitFlow


class CheckInFlow:
    """The code typed so far and the hub's refusal, if any (error code, body)."""

    def __init__(self, visit: VisitFlow):
        self.visit = visit
        self.forget()

    def forget(self) -> None:
        self.code = ""
        self.error: tuple[str, dict] | None = None

    def _typing(self) -> bool:
        return self.visit.screen == Screen.CHECKIN and not self.visit.busy

    def open(self) -> None:
        """ "I have a booked time": the code keypad, empty."""
        visit = self.visit
        if visit.busy or visit.routing is None:
            return
        self.forget()
        visit.codeChanged.emit(self.code)
        visit.show(Screen.CHECKIN)

    def type_sign(self, sign: str) -> None:
        """One key of the code keypad; only the code's own signs, and never more than a code's length."""
        if not self._typing() or sign not in CODE_ALPHABET or len(sign) != 1:
            return
        if len(self.code) < CODE_LENGTH:
            self.code += sign
            self.visit.codeChanged.emit(self.code)

    def delete_sign(self) -> None:
        if self._typing() and self.code:
            self.code = self.code[:-1]
            self.visit.codeChanged.emit(self.code)

    def clear_code(self) -> None:
        if self._typing() and self.code:
            self.code = ""
            self.visit.codeChanged.emit(self.code)

    def complete(self) -> bool:
        return len(self.code) == CODE_LENGTH

    def check_in(self) -> None:
        visit = self.visit
        if visit.busy or visit.screen != Screen.CHECKIN or self.error or not self.complete():
            return
        visit.set_busy(True)
        if visit.client is not None:
            code = self.code
            visit.client.check_in(code, lambda *a: self._answered(code, *a))

    def try_again(self) -> None:
        """From a refusal, back to the keypad with the code as typed (to correct it)."""
        if self.visit.busy:
            return
        self.error = None
        self.visit.show(Screen.CHECKIN)

    def show_error(self, error: str, body: dict) -> None:
        self.visit.set_busy(False)
        self.error = (error, body)
        self.visit.show(Screen.CHECKIN)

    def _answered(self, code: str, status: int, body: dict | None, _error: str) -> None:
        visit = self.visit
        if code != self.code or not visit.busy or visit.screen != Screen.CHECKIN:
            return
        if succeeded(status, body):
            visit.show_result({"outcome": "queued", "ticket": body.get("ticket") or {}})
            return
        error = error_code(status, body)
        if error == "offline":
            visit.show_offline()
            return
        self.show_error(error, body or {})
