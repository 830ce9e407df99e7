"""The hub's difference between two routing versions, in plain words in the admin's language.

A change is `{"where", "kind": added|removed|changed|moved, "before", "after"}` with `where` a dotted
path like a checker's (`questions.need.answers.money.label.sv`). It becomes one sentence such as
"Answer 'money' in question 'need': Swedish label changed from 'Pengar' to 'Ekonomi'."
"""

from __future__ import annotations

import re

from kiosk.core import languages
from screens.admin.problem_words import language_name

_ANSWER = re.compile(r"^questions\.([^.]+)\.answers\.([^.]+)(?:\.(.*))?$")
_QUESTION = re.compile(r"^questions\.([^.]+)(?:\.(.*))?$")
_SERVICE = re.compile(r"^services\.([^.]+)(?:\.(.*))?$")
_CENTRE = re.compile(r"^centre(?:\.(.*))?$")


def _field_names(words) -> dict[str, str]:
    translate = words.translate
    return {
        "text": translate("AdminChanges", "question text"),
        "label": translate("AdminChanges", "label"),
        "help": translate("AdminChanges", "help text"),
        "icon": translate("AdminChanges", "icon"),
        "next": translate("AdminChanges", "next question"),
        "route": translate("AdminChanges", "services"),
        "priority": translate("AdminChanges", "priority"),
        "name": translate("AdminChanges", "name"),
        "location": translate("AdminChanges", "room"),
        "kind": translate("AdminChanges", "kind"),
        "prefix": translate("AdminChanges", "ticket letter"),
        "discreet": translate("AdminChanges", "discreet"),
        "schedule": translate("AdminChanges", "visiting times"),
        "hours": translate("AdminChanges", "opening hours"),
        "time_factor": translate("AdminChanges", "extra time"),
        "start": translate("AdminChanges", "first question"),
        "fallback": translate("AdminChanges", "front desk service"),
        "languages": translate("AdminChanges", "languages"),
        "answers": translate("AdminChanges", "answers"),
        "version": translate("AdminChanges", "file version"),
    }


def _place_and_field(where: str, words) -> tuple[str, str]:
    translate = words.translate
    if m := _ANSWER.match(where):
        place = translate("AdminChanges", "Answer '%2' in question '%1'").replace("%1", m.group(1))
        return place.replace("%2", m.group(2)), m.group(3) or ""
    if m := _QUESTION.match(where):
        return translate("AdminChanges", "Question '%1'").replace("%1", m.group(1)), m.group(2) or ""
    if m := _SERVICE.match(where):
        return translate("AdminChanges", "Service '%1'").replace("%1", m.group(1)), m.group(2) or ""
    if m := _CENTRE.match(where):
        return translate("AdminChanges", "The centre"), m.group(1) or ""
    return translate("AdminChanges", "The routing"), where


def _field_words(field: str, words) -> str:
    """`label.sv` -> "Swedish label"; `schedule[0].start` -> "visiting times"."""
    if not field:
        return ""
    parts = re.split(r"[.\[\]]+", field)
    parts = [p for p in parts if p]
    names = _field_names(words)
    name = names.get(parts[0], parts[0])
    lang = parts[1] if len(parts) > 1 and languages.known(parts[1]) else ""
    if lang:
        return (
            words.translate("AdminChanges", "%1 %2")
            .replace("%1", language_name(words, lang))
            .replace("%2", name)
        )
    return name


def weekday_word(code: str, words) -> str:
    """A weekday's code (`mon`) as the admin's language shortens it."""
    translate = words.translate
    names = {
        "mon": translate("AdminWeek", "Mon"),
        "tue": translate("AdminWeek", "Tue"),
        "wed": translate("AdminWeek", "Wed"),
        "thu": translate("AdminWeek", "Thu"),
        "fri": translate("AdminWeek", "Fri"),
        "sat": translate("AdminWeek", "Sat"),
        "sun": translate("AdminWeek", "Sun"),
    }
    return names.get(code, code)


def value_words(value, words, lang: str) -> str:
    """A value as the manager reads it: a text in quotes, a list joined, a text in every language as
    the admin's language's."""
    if value is None:
        return words.translate("AdminChanges", "nothing")
    if isinstance(value, bool):
        return words.translate("AdminChanges", "yes") if value else words.translate("AdminChanges", "no")
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return ", ".join(value_words(v, words, lang).strip("'") for v in value) or "–"
    if isinstance(value, dict):
        for key in ("label", "text", "name"):
            if isinstance(value.get(key), dict):
                return value_words(value[key].get(lang) or next(iter(value[key].values()), ""), words, lang)
        if lang in value and isinstance(value[lang], str):
            return f"'{value[lang]}'"
        if "weekday" in value:
            slot = f" ({value['slot_minutes']} min)" if "slot_minutes" in value else ""
            day = weekday_word(str(value.get("weekday")), words)
            return f"{day} {value.get('start')}–{value.get('end')}{slot}"
        if "id" in value:
            return f"'{value['id']}'"
    return str(value)


def describe(change: dict, words) -> str:
    """One sentence for one change."""
    translate = words.translate
    place, field = _place_and_field(str(change.get("where", "")), words)
    what = _field_words(field, words)
    kind = change.get("kind")
    before = value_words(change.get("before"), words, words.lang)
    after = value_words(change.get("after"), words, words.lang)
    if kind == "changed":
        text = translate("AdminChanges", "%1: %2 changed from %3 to %4.")
        if not what:
            text = translate("AdminChanges", "%1 changed from %3 to %4.")
    elif kind == "added":
        text = (
            translate("AdminChanges", "%1: %2 added: %4.")
            if what
            else translate("AdminChanges", "%1 added: %4.")
        )
    elif kind == "removed":
        text = (
            translate("AdminChanges", "%1: %2 removed (was %3).")
            if what
            else translate("AdminChanges", "%1 removed.")
        )
    elif kind == "moved":
        text = (
            translate("AdminChanges", "%1: %2 moved.")
            if what
            else translate("AdminChanges", "%1 moved to another place.")
        )
    else:
        text = "%1: %2"
    return text.replace("%1", place).replace("%2", what).replace("%3", before).replace("%4", after)
