"""The routing model: plain dataclasses for the centre, its services and its questions."""

from __future__ import annotations

from dataclasses import dataclass, field

Text = dict[str, str]
"""A text in every configured language: {"fi": ..., "sv": ..., "en": ...}."""

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KINDS = ("onsite", "scheduled")
TIME_FACTORS = (1, 2, 4)
"""How much longer every time limit at the kiosk may be made (WCAG 2.2.1: the centre can give more time)."""


@dataclass
class Hours:
    """A weekly opening block: walk-ins are taken on `weekday` from `start` to `end`."""

    weekday: str
    start: str
    end: str


@dataclass
class ScheduleBlock(Hours):
    """A weekly block in which a scheduled specialist is at the centre."""

    slot_minutes: int = 30


@dataclass
class Service:
    id: str
    name: Text
    kind: str = "onsite"
    prefix: str = ""
    location: Text = field(default_factory=dict)
    discreet: bool = False
    icon: str | None = None
    schedule: list[ScheduleBlock] = field(default_factory=list)

    @property
    def scheduled(self) -> bool:
        return self.kind == "scheduled"


@dataclass
class Answer:
    id: str
    label: Text
    icon: str | None = None
    next: str | None = None
    route: list[str] | None = None
    priority: int = 0
    help: Text | None = None


@dataclass
class Question:
    id: str
    text: Text
    answers: list[Answer] = field(default_factory=list)
    help: Text | None = None

    def answer(self, answer_id: str) -> Answer | None:
        return next((a for a in self.answers if a.id == answer_id), None)


@dataclass
class Centre:
    name: Text
    hours: list[Hours] = field(default_factory=list)
    time_factor: int = 1


@dataclass
class Routing:
    centre: Centre
    languages: list[str]
    start: str
    fallback: str
    services: list[Service] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    version: int = 1
    unreviewed_languages: list[str] = field(default_factory=list)
    """Languages (of `languages`) whose texts await a native speaker's review."""

    @property
    def default_language(self) -> str:
        return self.languages[0] if self.languages else "fi"

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def ticket_prefix(self, service: Service) -> str:
        """The letter a service's ticket numbers start with. A discreet service has none of its own: its
        tickets are numbered in the front desk's (the fallback's) series, sharing its counter, so a
        number called out in the waiting room never tells who came for the A-Clinic or debt advice."""
        if not service.discreet:
            return service.prefix
        desk = self.service(self.fallback)
        return desk.prefix if desk is not None and not desk.discreet else service.prefix
