"""Reading and writing the routing YAML: text <-> plain data <-> model, never raising a traceback.

Reading is lenient: every shape problem becomes a `Problem`, and a best-effort model is still
built so that `check` can go on to report the semantic problems too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk.core.routing.model import Answer, Centre, Hours, Question, Routing, ScheduleBlock, Service
from kiosk.core.routing.problems import Problem, RoutingError
from kiosk.core.routing.validate import check, to_publish


def parse_yaml(text: str, *, fast: bool = False) -> tuple[Any, list[Problem]]:
    """The YAML's data, or a problem naming the line of a syntax error.

    PyYAML's own parser judges what is valid and words the problems. `fast` reads by libyaml first where
    PyYAML has it (its wheels and Debian's python3-yaml do): the same data about seven times sooner (the
    Kokoomo routing: 12 ms against 83), for routings already judged (`loads`: the active one a hub reads
    at its start and after each publish). libyaml accepts a little more (`{name: What now?}`), so text
    given to be published is never judged by it; what it refuses goes to PyYAML's parser all the same.
    """
    import yaml  # only where YAML is read or written: a kiosk gets its routing as JSON

    libyaml = getattr(yaml, "CSafeLoader", None) if fast else None
    if libyaml is not None:
        try:
            return _checked(yaml.load(text, Loader=libyaml))
        except yaml.YAMLError:
            pass
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        message = f"YAML syntax error: {error.problem or error}"
        if any(f"got '{c}'" in str(error.problem) for c in "?:"):
            message += ' (a text with ? or : inside { } must be in quotes: "What now?")'
        return None, [Problem(where, message)]
    except yaml.YAMLError as error:
        return None, [Problem("YAML", f"YAML syntax error: {error}")]
    return _checked(data)


def _checked(data: Any) -> tuple[Any, list[Problem]]:
    """The parsed data if it can be a routing at all, else the problem with it."""
    if data is None:
        return None, [Problem("file", "the file is empty")]
    if not isinstance(data, dict):
        return None, [Problem("file", "the top level must be a mapping (version, centre, services, ...)")]
    return data, []


class _Reader:
    """Builds the model from plain data, collecting a problem for every value of the wrong shape."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def mapping(self, value: Any, where: str) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(where, "must be a mapping")
            return {}
        return value

    def listing(self, value: Any, where: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(where, "must be a list")
            return []
        return value

    def string(self, value: Any, where: str, default: str = "") -> str:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(where, "must be a plain text value")
            return default
        return str(value)

    def text(self, value: Any, where: str) -> dict[str, str]:
        out = {}
        for lang, words in self.mapping(value, where).items():
            out[str(lang)] = self.string(words, f"{where}.{lang}")
        return out

    def integer(self, value: Any, where: str, default: int) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, f"must be a whole number, not {value!r}")
            return default
        return value

    def _weekly(self, value: Any, where: str) -> Iterator[tuple[str, dict, dict[str, str]]]:
        """Each weekly block with its place, its raw mapping, and its weekday, start and end read."""
        for i, raw in enumerate(self.listing(value, where)):
            here = f"{where}[{i}]"
            block = self.mapping(raw, here)
            times = {key: self.string(block.get(key), f"{here}.{key}") for key in ("weekday", "start", "end")}
            yield here, block, times

    def hours(self, value: Any, where: str) -> list[Hours]:
        return [Hours(**times) for _, _, times in self._weekly(value, where)]

    def schedule(self, value: Any, where: str) -> list[ScheduleBlock]:
        return [
            ScheduleBlock(
                **times, slot_minutes=self.integer(block.get("slot_minutes"), f"{here}.slot_minutes", 30)
            )
            for here, block, times in self._weekly(value, where)
        ]

    def service(self, raw: Any, where: str) -> Service:
        data = self.mapping(raw, where)
        sid = self.string(data.get("id"), f"{where}.id")
        here = f"services.{sid}" if sid else where
        return Service(
            id=sid,
            name=self.text(data.get("name"), f"{here}.name"),
            kind=self.string(data.get("kind"), f"{here}.kind", "onsite"),
            prefix=self.string(data.get("prefix"), f"{here}.prefix"),
            location=self.text(data.get("location"), f"{here}.location"),
            discreet=bool(data.get("discreet", False)),
            icon=self.string(data.get("icon"), f"{here}.icon") or None,
            schedule=self.schedule(data.get("schedule"), f"{here}.schedule"),
        )

    def answer(self, raw: Any, where: str) -> Answer:
        data = self.mapping(raw, where)
        aid = self.string(data.get("id"), f"{where}.id")
        here = f"{where.rsplit('[', 1)[0]}.{aid}" if aid else where
        route = data.get("route")
        if route is not None:
            if isinstance(route, str):
                route = [route]
            route = [self.string(s, f"{here}.route") for s in self.listing(route, f"{here}.route")]
        help_text = data.get("help")
        return Answer(
            id=aid,
            label=self.text(data.get("label"), f"{here}.label"),
            icon=self.string(data.get("icon"), f"{here}.icon") or None,
            next=self.string(data.get("next"), f"{here}.next") or None,
            route=route,
            priority=self.integer(data.get("priority"), f"{here}.priority", 0),
            help=self.text(help_text, f"{here}.help") if help_text is not None else None,
        )

    def question(self, raw: Any, where: str) -> Question:
        data = self.mapping(raw, where)
        qid = self.string(data.get("id"), f"{where}.id")
        here = f"questions.{qid}" if qid else where
        help_text = data.get("help")
        return Question(
            id=qid,
            text=self.text(data.get("text"), f"{here}.text"),
            answers=[
                self.answer(a, f"{here}.answers[{i}]")
                for i, a in enumerate(self.listing(data.get("answers"), f"{here}.answers"))
            ],
            help=self.text(help_text, f"{here}.help") if help_text is not None else None,
        )

    def routing(self, data: dict) -> Routing:
        centre = self.mapping(data.get("centre"), "centre")
        languages = [self.string(x, "languages") for x in self.listing(data.get("languages"), "languages")]
        unreviewed = [
            self.string(x, "unreviewed_languages")
            for x in self.listing(data.get("unreviewed_languages"), "unreviewed_languages")
        ]
        return Routing(
            version=self.integer(data.get("version"), "version", 1),
            centre=Centre(
                name=self.text(centre.get("name"), "centre.name"),
                hours=self.hours(centre.get("hours"), "centre.hours"),
                time_factor=self.integer(centre.get("time_factor"), "centre.time_factor", 1),
            ),
            languages=languages,
            unreviewed_languages=unreviewed,
            start=self.string(data.get("start"), "start"),
            fallback=self.string(data.get("fallback"), "fallback"),
            services=[
                self.service(s, f"services[{i}]")
                for i, s in enumerate(self.listing(data.get("services"), "services"))
            ],
            questions=[
                self.question(q, f"questions[{i}]")
                for i, q in enumerate(self.listing(data.get("questions"), "questions"))
            ],
        )


def read(data: dict) -> tuple[Routing, list[Problem]]:
    """The model built from plain data, and every shape problem met on the way."""
    reader = _Reader()
    routing = reader.routing(data)
    return routing, reader.problems


def to_data(routing: Routing) -> dict:
    """The routing as plain data in the file's own order, leaving out empty optional keys."""

    def text(value: dict | None) -> dict | None:
        return dict(value) if value else None

    def drop_empty(d: dict) -> dict:
        return {k: v for k, v in d.items() if v not in (None, [], {}, False) or k in ("id",)}

    return {
        "version": routing.version,
        "centre": drop_empty(
            {
                "name": text(routing.centre.name),
                "hours": [vars(h).copy() for h in routing.centre.hours],
                "time_factor": routing.centre.time_factor if routing.centre.time_factor != 1 else None,
            }
        ),
        "languages": list(routing.languages),
        **(
            {"unreviewed_languages": list(routing.unreviewed_languages)}
            if routing.unreviewed_languages
            else {}
        ),
        "start": routing.start,
        "fallback": routing.fallback,
        "services": [
            drop_empty(
                {
                    "id": s.id,
                    "name": text(s.name),
                    "kind": s.kind,
                    "prefix": s.prefix,
                    "location": text(s.location),
                    "discreet": s.discreet,
                    "icon": s.icon,
                    "schedule": [vars(b).copy() for b in s.schedule],
                }
            )
            for s in routing.services
        ],
        "questions": [
            drop_empty(
                {
                    "id": q.id,
                    "text": text(q.text),
                    "help": text(q.help),
                    "answers": [
                        drop_empty(
                            {
                                "id": a.id,
                                "label": text(a.label),
                                "icon": a.icon,
                                "next": a.next,
                                "route": list(a.route) if a.route is not None else None,
                                "priority": a.priority or None,
                                "help": text(a.help),
                            }
                        )
                        for a in q.answers
                    ],
                }
            )
            for q in routing.questions
        ],
    }


def dump(routing: Routing) -> str:
    """The routing as YAML text that `loads` reads back to an equal model."""
    import yaml

    return yaml.safe_dump(to_data(routing), allow_unicode=True, sort_keys=False, width=100)


def _read_checked(text: str, *, fast: bool = False) -> tuple[Routing | None, list[Problem]]:
    """The model from YAML text (None after a syntax error) and every problem found in it (`fast`: see
    parse_yaml)."""
    data, problems = parse_yaml(text, fast=fast)
    if problems:
        return None, problems
    routing, problems = read(data)
    return routing, problems + check(routing)


def loads(text: str) -> Routing:
    """A valid routing from YAML text, or `RoutingError` with every problem found. For a routing already
    judged valid (stored, shipped): read by libyaml where it can be. Text to publish: `check_text`."""
    routing, problems = _read_checked(text, fast=True)
    if problems:
        raise RoutingError(problems)
    assert routing is not None
    return routing


def check_text(text: str) -> list[Problem]:
    """Every problem in a routing's YAML text to publish; empty when it is valid. Asks a little more
    than `loads` (validate.to_publish), which must still read what an older version published."""
    routing, problems = _read_checked(text)
    return problems if routing is None or problems else to_publish(routing)
