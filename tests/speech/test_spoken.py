"""Ticket numbers as a speech engine should get them, and how espeak-ng really reads them."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kiosk.core import languages
from kiosk.core.spoken import LETTERS, letter_names, spoken_number
from screens.common.i18n import Translations
from screens.common.letters import said_number_in

RUSSIAN = "а бэ цэ дэ э эф гэ аш и йот ка эль эм эн о пэ ку эр эс тэ у вэ дубль-вэ икс игрек зэт"


@pytest.mark.parametrize(
    ("number", "said"),
    [
        ("A012", "A12"),
        ("A001", "A1"),
        ("A100", "A100"),
        ("N999", "N999"),
        ("A1234", "A1234"),
        ("A000", "A0"),
        ("AB007", "A-B7"),
        (" D003 ", "D3"),
    ],
)
def test_a_ticket_number_is_its_letters_then_the_number_without_leading_zeros(number, said):
    assert spoken_number(number) == said


@pytest.mark.parametrize("other", ["", "12", "a012", "ABC12", "A", "A-12", "booking 7K3"])
def test_anything_else_is_left_as_it_is(other):
    assert spoken_number(other) == other


@pytest.mark.parametrize(
    ("number", "said"), [("A012", "а 12"), ("N999", "эн 999"), ("AB007", "а-бэ 7"), ("H000", "аш 0")]
)
def test_with_the_letters_names_a_number_is_said_by_them(number, said):
    assert spoken_number(number, letter_names(RUSSIAN)) == said


@pytest.mark.parametrize(
    "names",
    [LETTERS, "", "а бэ цэ", RUSSIAN + " лишнее", RUSSIAN.replace(" зэт", "")],
    ids=["the letters themselves", "empty", "too few", "too many", "one short"],
)
def test_letter_names_are_all_26_or_none(names):
    assert letter_names(names) == {}
    assert spoken_number("A012", letter_names(names)) == "A12"


def test_every_language_names_all_the_letters_or_leaves_them_to_its_voice(qapp):
    translations = Translations()
    named = set()
    for lang in languages.codes():
        said = said_number_in(translations, lang, "AB012")
        if said != "A-B12":
            named.add(lang)
            assert re.fullmatch(r"\w+-\w+ 12", said), f"{lang}: {said}"
    # The voices that hand Latin letters to an English voice (see below) have the letters named.
    assert named == {"ru", "uk"}
    assert said_number_in(translations, "ru", "A012") == "а 12"
    assert said_number_in(translations, "uk", "G012") == "ґе 12"


def phonemes(voice: str, text: str) -> str:
    return subprocess.run(
        ["espeak-ng", "-v", voice, "-q", "-x", text], check=True, capture_output=True, text=True, timeout=30
    ).stdout


# What espeak-ng says for "twelve" in each language, and what it must not say: the zeros, or (English)
# the article "a" instead of the letter's name.
TWELVE = {
    "fi": ("k'aksit,oista", ["n'olla"]),
    "sv": ("t'Olv", ["n'Ol"]),
    "en-gb": ("tw'Elv", ["z'i@roU", "a#"]),
}
LETTER_A = {"fi": "'a:", "sv": "'A:", "en-gb": "eI"}


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("voice", sorted(TWELVE))
def test_espeak_says_the_letter_by_name_then_twelve(voice):
    twelve, never = TWELVE[voice]
    said = phonemes(voice, spoken_number("A012"))
    first, _, rest = said.strip().partition(" ")
    assert LETTER_A[voice] in first, said
    assert rest.strip() == twelve, said
    for wrong in never:
        assert wrong not in said


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("voice", sorted(TWELVE))
def test_espeak_says_both_letters_of_a_two_letter_prefix(voice):
    # Joined without a hyphen, "SU" would be read as a word ("su").
    said = phonemes(voice, spoken_number("SU012"))
    assert said.split()[-1] == TWELVE[voice][0], said
    letters = said.split()[0]
    assert letters.count("'") == 2, f"two stressed letter names expected: {said}"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("voice", ["ru", "uk"])
def test_espeak_says_the_letters_in_the_visitors_own_voice(qapp, voice):
    # Given "A12", these voices switch to English for the letter ("(en)'eI(ru) dv;In'AttsVt;").
    assert "(en)" in phonemes(voice, spoken_number("A012"))
    translations = Translations()
    for number in ("A012", "H012", "AB012", "W012"):
        said = phonemes(voice, said_number_in(translations, voice, number))
        assert "(en)" not in said, f"{number}: {said}"
        assert said.split()[-1] == {"ru": "dv;In'AttsVt;", "uk": "dv;'janadtsjat;"}[voice], said
