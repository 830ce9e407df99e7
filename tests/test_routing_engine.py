"""The routing engine and the model's round trip, on the Kokoomo routing."""

import pytest

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import AnswerError, dump, fallback, loads, resolve, to_data, walk


@pytest.fixture(scope="module")
def kokoomo():
    return loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))


def test_no_answers_asks_the_start_question(kokoomo):
    assert walk(kokoomo, {}).question.id == "need"


def test_answers_lead_to_the_next_question(kokoomo):
    assert walk(kokoomo, {"need": "work"}).question.id == "age"
    assert walk(kokoomo, {"need": "work", "age": "over30"}).question.id == "work_adult"


def test_a_complete_path_gives_its_route(kokoomo):
    outcome = resolve(kokoomo, {"need": "work", "age": "over30", "work_adult": "wage_support"})
    assert outcome.route == ["wassup", "coordinator"]
    assert outcome.path == [("need", "work"), ("age", "over30"), ("work_adult", "wage_support")]


def test_talk_on_the_first_screen_goes_to_the_front_desk(kokoomo):
    assert resolve(kokoomo, {"need": "talk"}).route == ["greeter"]


def test_incomplete_path_is_refused(kokoomo):
    with pytest.raises(AnswerError, match="'age' is not answered"):
        resolve(kokoomo, {"need": "work"})


def test_unknown_answer_is_refused(kokoomo):
    with pytest.raises(AnswerError, match="has no answer 'dance'") as error:
        resolve(kokoomo, {"need": "dance"})
    assert error.value.where == "need"


def test_unknown_question_is_refused(kokoomo):
    with pytest.raises(AnswerError, match="unknown question 'shoe'"):
        resolve(kokoomo, {"need": "talk", "shoe": "size"})


def test_answer_off_the_path_is_refused(kokoomo):
    with pytest.raises(AnswerError, match="'money' is not on the path"):
        resolve(kokoomo, {"need": "talk", "money": "debt"})


def test_fallback_keeps_the_answers_so_far(kokoomo):
    outcome = fallback(kokoomo, {"need": "work", "age": "under30"})
    assert outcome.route == ["greeter"]
    assert outcome.path == [("need", "work"), ("age", "under30")]


def test_no_path_is_longer_than_three_questions(kokoomo):
    def depth(qid, seen=()):
        q = kokoomo.question(qid)
        return 1 + max((depth(a.next, (*seen, qid)) for a in q.answers if a.next), default=0)

    assert depth(kokoomo.start) <= 3


def test_every_answer_has_an_icon_file(kokoomo):
    from kiosk.core.paths import ASSETS

    for q in kokoomo.questions:
        for a in q.answers:
            assert a.icon, f"{q.id}.{a.id} has no icon"
            assert (ASSETS / "icons" / f"{a.icon}.svg").exists(), f"no icon file for {a.icon}"


def test_first_screen_offers_i_dont_know(kokoomo):
    first = kokoomo.question(kokoomo.start)
    assert any(a.route == [kokoomo.fallback] for a in first.answers)


def test_discreet_services_are_the_sensitive_ones(kokoomo):
    assert {s.id for s in kokoomo.services if s.discreet} == {"social", "aclinic", "debt"}


def test_dump_and_load_round_trip(kokoomo):
    again = loads(dump(kokoomo))
    assert again == kokoomo
    assert to_data(again) == to_data(kokoomo)


def test_a_longer_time_factor_survives_the_round_trip_and_the_default_is_left_out(kokoomo):
    assert "time_factor" not in to_data(kokoomo)["centre"]
    kokoomo.centre.time_factor = 2
    assert loads(dump(kokoomo)).centre.time_factor == 2
