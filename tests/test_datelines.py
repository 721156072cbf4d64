"""Wire datelines are no one's words. The sentences are written for these
tests in the style of wire copy (Reuters, AP, AFP)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.headlines import blank_datelines
from kg.lexicon import load_lexicon


def test_datelines_are_blanked_and_other_dashes_kept():
    for line in ("LONDON, May 12 (Reuters) - ", "TRENTON, N.J. (AP) — ", "New York (AFP) – ", "WASHINGTON — ",
                 "KYIV, Ukraine (AP) — "):
        text = line + "The Senate voted."
        assert blank_datelines(text) == " " * len(line) + "The Senate voted."
    for text in ("Trump - the candidate - said.", "UK - EU talks stall.", "He said - and Trump agreed - that",
                 "Labour (in opposition) - who else?"):
        assert blank_datelines(text) == text


@given(st.text(alphabet="ABCab ,.()-–—\n12MayLONDON", max_size=80))
def test_blanking_keeps_every_offset(text):
    out = blank_datelines(text)
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out))


def test_the_person_after_a_dateline_is_the_actor(extract_learned):
    # parsed, "BERLIN, May 12 (dpa) -" became the subject, and the learned stages chose
    # Germany (from "German") as the actor
    text = ("Talks stall\n\nBERLIN, May 12 (dpa) - German Chancellor Friedrich Merz on "
            "Monday called for new sanctions on Russia.")
    actors = {s.actor.label for s in extract_learned(text)}
    assert "Friedrich Merz" in actors and not actors & {"Germany", "dpa", "Berlin"}


def test_a_dateline_that_lost_its_dash_is_blanked_and_an_acronym_is_not():
    lex = load_lexicon()
    for line in ("SEOUL ", "GAZIANTEP, Turkey ", "BEIRUT "):
        text = "Talks stall\n\n" + line + "A senior official said the talks had failed."
        assert blank_datelines(text, lex) == "Talks stall\n\n" + " " * len(line) + text[13 + len(line):]
    for text in ("Talks\n\nNATO Secretary General Jens Stoltenberg said.", "Talks\n\nUNICEF Executive Director Ann said.",
                 "Talks\n\nMISSILE DEFENSE South Korea said.", "Talks\n\nThe SEOUL government said."):
        assert blank_datelines(text, lex) == text


def test_datelines_of_two_cities_or_a_hyphenated_one_are_blanked():
    # Reuters files from two bureaus at once ("BEIRUT/MOSCOW") and writes some
    # places with a hyphen ("ISE-SHIMA, Japan"); with the dash or without it
    lex = load_lexicon()
    body = "Rebel fighters launched an assault on Sunday."
    for line in ("ANKARA/BRUSSELS (Reuters) - ", "KYIV/WARSAW - ", "WINSTON-SALEM, N.C. (AP) — ",
                 "ANKARA/BRUSSELS ", "PARIS/BERLIN ", "BANDAR SERI-BEGAWAN, Brunei "):
        text = "Talks stall\n\n" + line + body
        assert blank_datelines(text, lex) == "Talks stall\n\n" + " " * len(line) + body, line
    for text in ("Talks\n\nUS-UK talks stalled.", "Talks\n\nAFL-CIO leaders said.", "Talks\n\nNATO/EU Leaders met."):
        assert blank_datelines(text, lex) == text
