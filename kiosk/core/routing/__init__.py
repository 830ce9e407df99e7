"""The routing: the centre's questions, answers and services, read from YAML and walked by the engine."""

from kiosk.core.routing.engine import AnswerError, Outcome, Step, fallback, resolve, walk
from kiosk.core.routing.io import check_text, dump, loads, read, to_data
from kiosk.core.routing.model import Answer, Centre, Hours, Question, Routing, ScheduleBlock, Service
from kiosk.core.routing.problems import Problem, RoutingError
from kiosk.core.routing.validate import check, texts, to_publish

__all__ = [
    "Answer",
    "AnswerError",
    "Centre",
    "Hours",
    "Outcome",
    "Problem",
    "Question",
    "Routing",
    "RoutingError",
    "ScheduleBlock",
    "Service",
    "Step",
    "check",
    "check_text",
    "dump",
    "fallback",
    "loads",
    "read",
    "resolve",
    "texts",
    "to_data",
    "to_publish",
    "walk",
]
