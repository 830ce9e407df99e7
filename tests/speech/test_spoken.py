"""Ticket numbers as a speech engine should get them, and how espeak-ng really reads them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk.core.spoken import spoken_number


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
