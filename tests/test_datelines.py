"""Wire datelines and credit lines are no one's words. The sentences are written for these
tests in the style of wire copy (Reuters, AP, AFP)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.headlines import blank_credits, blank_datelines, blank_markup, closed_lines
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


def test_credit_lines_are_blanked_and_sentences_about_reporting_kept():
    # the staff who reported, wrote and edited a wire story, at its foot
    for line in ("(Reporting by Ann Lee in SEOUL; Editing by Tom Hale)", "(Additional reporting by Jo Marr)",
                 "(Writing by Peter Gall, reporting by Omar Fahd, editing by Ed Ross)",
                 "(Additional reporting and writing by Ann Lee; Editing by Tom Hale and Kim Ode)",
                 "AP writer Jane Doe in Paris contributed to this report.",
                 "CNN's Ann Lee in Beijing contributed to this report."):
        text = "Talks stall.\n\n" + line + "\n"
        assert blank_credits(text) == "Talks stall.\n\n" + " " * len(line) + "\n", line
    for text in ("Reporting by the BBC showed the deal had failed.\n",
                 "He said (reporting by the paper was wrong) and left.\n",
                 "The report compiled by the panel was damning.\n"):
        assert blank_credits(text) == text


def test_a_reporter_at_the_foot_lends_no_name_to_the_story(extract_learned):
    # parsed, the credit line taught "Sarah Tombalo" as the full name of every
    # "Tombalo" above it (and, in Title Case, as "sarah tombalo")
    text = ("Chad leader vows to cut inflation\n\nChad's leader Tombalo on Monday promised to cut inflation.\n\n"
            '"We will bring prices down this year," Tombalo said in a speech to parliament.\n\n'
            "(Additional reporting by Sarah Tombalo and Tom Miles in GENEVA; Editing by Paul Tait)\n")
    statements = extract_learned(text)
    actors = {s.actor.label.lower() for s in statements}
    assert "tombalo" in actors and not actors & {"sarah tombalo", "tom miles", "paul tait"}
    assert all(s.sentence.start < text.index("(Additional") for s in statements)


def test_an_embedded_posts_tags_are_blanked_and_its_words_kept():
    text = ('He posted: <tweet author="@jdoe" date="May 2,\n2016">Nice work!</tweet>. <tweet id="66"><tweet/>. '
            "And 3 < 4 > 2.")
    out = blank_markup(text)
    assert "Nice work!" in out and "tweet" not in out and "3 < 4 > 2" in out


@given(st.text(alphabet="<>/tweetReporting by()\n ab.,;", max_size=80))
def test_credits_and_tags_blanked_keep_every_offset(text):
    out = blank_markup(blank_credits(text))
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out))


@given(st.text(alphabet="ab .!?:\"\n\t", max_size=60))
def test_closing_headlines_keeps_every_offset(text):
    # a full stop only ever takes the place of a line break, before a blank line
    out = closed_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == ".") for a, b in zip(text, out))
