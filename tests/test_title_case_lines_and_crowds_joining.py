"""Acts in a Title Case line inside the body (a digest's list of headlines), whose verb the tagger
reads as a plural noun as it does in the document's own headline; the sentences are written for
their tests."""
from __future__ import annotations

from conftest import labels


BODY = ("Sanders defends his minimum wage plan\n\n"
        "The senator spoke to reporters in Washington on Saturday.\n\n")


def test_a_title_case_line_in_the_body_keeps_its_headline_verb(extract):
    got = labels(extract(BODY + "Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’\n\n"
                         "The debate continues next week.\n"))
    assert any(a == "Hillary Clinton" and r == "supports" for a, r, _ in got), got


def test_a_title_case_line_gets_no_headline_act_without_a_cue(extract):
    got = labels(extract(BODY + "Hillary Clinton Visits Iowa Farms On ‘Rural Tour.’\n\n"
                         "The debate continues next week.\n"))
    assert not any(a == "Hillary Clinton" for a, _, _ in got), got


def test_a_counted_crowd_that_joins_rallies_acts(extract):
    got = labels(extract("Rallies in Tehran\n\nTens of thousands of Iranians joined rallies across the country to "
                         "express support for the Palestinians."))
    assert any(r == "supports" and "Iranians" in a for a, r, _ in got), got
