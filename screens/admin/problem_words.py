"""A checker's problem in the manager's words: where it is and what to do, in the admin's language.

`kiosk.core.routing.check` words its findings in English for the command line; the common ones are said
again here, plainly. One it does not know is shown as the checker wrote it.
"""

from __future__ import annotations

import re

from kiosk.core import languages
from kiosk.core.languages import autonym
from kiosk.core.routing import Problem, Routing
from screens.admin.edits import item_of


def language_name(words, lang: str) -> str:
    """The language's name in the admin's language (the registry's English name, translated); a
    language without one is named in its own words (its autonym)."""
    english = languages.language(lang).name
    return words.translate("Languages", english) if english else autonym(lang)


def _patterns(words) -> list[tuple[str, str]]:
    translate = words.translate
    return [
        (r"missing translation for '(\w+)'", translate("AdminProblems", "The %1 text is missing.")),
        (
            r"text in '(\w+)', which is not in languages",
            translate("AdminProblems", "A text in %1 is not used."),
        ),
        (
            r"unknown question '(.*)'",
            translate("AdminProblems", "Leads to a question that does not exist: %1."),
        ),
        (
            r"unknown service '(.*)'",
            translate("AdminProblems", "Leads to a service that does not exist: %1."),
        ),
        (r"exactly one of next or route", translate("AdminProblems", "Choose what this answer leads to.")),
        (r"a route needs at least one service", translate("AdminProblems", "Add at least one service.")),
        (
            r"cannot be reached from the start",
            translate("AdminProblems", "No answer leads to this question."),
        ),
        (r"questions loop: (.*)", translate("AdminProblems", "The questions go round in a circle: %1.")),
        (r"duplicate answer id '(.*)'", translate("AdminProblems", "Two answers have the same id: %1.")),
        (r"duplicate question id '(.*)'", translate("AdminProblems", "Two questions have the same id: %1.")),
        (r"duplicate service id '(.*)'", translate("AdminProblems", "Two services have the same id: %1.")),
        (r"needs at least one answer", translate("AdminProblems", "Add at least one answer.")),
        (
            r"ticket prefix '(.*)' must be",
            translate("AdminProblems", "The ticket letter must be 1 or 2 capital letters."),
        ),
        (
            r"a scheduled service needs a schedule",
            translate("AdminProblems", "Add the times when this worker visits."),
        ),
        (
            r"only a scheduled service has a schedule",
            translate("AdminProblems", "Only a visiting worker has times."),
        ),
        (
            r"bad time '(.*)'",
            translate("AdminProblems", "Write the time as HH:MM, for example 09:30 (now: %1)."),
        ),
        (r"bad weekday '(.*)'", translate("AdminProblems", "Choose a weekday (now: %1).")),
        (r"start (\S+) must be before end", translate("AdminProblems", "The start must be before the end.")),
        (
            r"mixes on-site and scheduled",
            translate("AdminProblems", "Do not mix walk-in and booked services in one answer."),
        ),
        (
            r"duplicate ticket prefix '(.*)' \((.*)\)",
            translate("AdminProblems", "Two services use the ticket letter %1: %2."),
        ),
        (
            r"start question '(.*)' does not exist",
            translate("AdminProblems", "The first question does not exist: %1."),
        ),
        (
            r"fallback service '(.*)' does not exist",
            translate("AdminProblems", "The front desk service does not exist: %1."),
        ),
        (
            r"fallback service '(.*)' must be on site",
            translate("AdminProblems", "The front desk service must take walk-ins."),
        ),
        (r"slot length", translate("AdminProblems", "A time slot must be 5 to 240 minutes.")),
        (
            r"id '(.*)' must be lower-case",
            translate("AdminProblems", "An id may have only a–z, 0–9, - and _: %1."),
        ),
    ]


def what(problem: Problem, words) -> str:
    """What is wrong, in plain words."""
    for pattern, template in _patterns(words):
        m = re.search(pattern, problem.message)
        if m:
            text = template
            for i, value in enumerate(m.groups(), start=1):
                if pattern.startswith("missing translation") or pattern.startswith("text in"):
                    value = language_name(words, value)
                text = text.replace(f"%{i}", value)
            return text
    return problem.message


def _short(text: dict | None, lang: str, most: int = 40) -> str:
    """A routing text in the admin's language (else any), cut to fit one line."""
    text = text or {}
    value = text.get(lang) or next((v for v in text.values() if v), "")
    return value if len(value) <= most else value[: most - 1] + "…"


def place(where: str, routing: Routing, words) -> str:
    """Where it is, as the manager sees it: "Question 'need' › answer 'money'"."""
    item = item_of(where, routing)
    translate = words.translate
    lang = words.lang
    if item.startswith("questions."):
        parts = item.split(".")
        question = routing.question(parts[1])
        q_name = _short(question.text, lang) if question else ""
        if len(parts) == 4:
            answer = question.answer(parts[3]) if question else None
            a_name = _short(answer.label, lang) if answer else ""
            text = translate("AdminProblems", "Question '%1', answer '%2'")
            return text.replace("%1", q_name or parts[1]).replace("%2", a_name or parts[3])
        return translate("AdminProblems", "Question '%1'").replace("%1", q_name or parts[1])
    if item.startswith("services."):
        service = routing.service(item.split(".", 1)[1])
        name = _short(service.name, lang) if service else ""
        return translate("AdminProblems", "Service '%1'").replace("%1", name or item.split(".", 1)[1])
    if item == "centre":
        return translate("AdminProblems", "The centre")
    if item == "fallback":
        return translate("AdminProblems", "Front desk service")
    return translate("AdminProblems", "The whole routing")


def describe(problem: Problem, routing: Routing, words) -> str:
    """One line for the problems list: where, then what."""
    return f"{place(problem.where, routing, words)}: {what(problem, words)}"
