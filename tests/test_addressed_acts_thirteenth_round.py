"""Demands addressed to someone the rules read better in the thirteenth round, one test each, from
train sentences or written for the test (never the seeds): the act asked of the addressee is the
target, also where it is a phrasal verb beside a circumstance ("drop out in favor of his running
mate") or has a particle the parser takes for a preposition ("pull out of the talks"); a
participle on a text someone wrote or signed is its author's act."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (US news 2016): coded The Wall Street Journal · demands · Trump dropping out
    ("In a scathing opinion piece, The Wall Street Journal called on Trump to get his act together or drop out "
     "in favor of his running mate.", ("Wall Street Journal", "demands", "drop out")),
    # written for this test
    ("Labour urged Blair to stand aside in favour of his deputy.", ("Labour Party", "demands", "stand aside")),
])
def test_a_phrasal_act_asked_for_is_the_target(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_particle_taken_for_a_preposition_still_makes_the_act(extract):
    # written for this test: "out" hangs as a preposition over "of the talks"
    assert ("Angela Merkel", "demands", "withdrawal") in triples(extract("Merkel urged Greece to pull out of the talks."))


@pytest.mark.parametrize("text, expected", [
    # from a train article (US news 2015): coded Bobby Jindal · opposes · admission of Syrian refugees
    ("Louisiana Gov. Bobby Jindal on Monday signed an order trying to get his state to block the settlement "
     "of any Syrian refugee.", ("Bobby Jindal", "opposes", "settlement of Syrian refugee")),
    # written for this test
    ("Ted Cruz wrote an op-ed urging Congress to pass the bill.", ("Ted Cruz", "demands", "bill")),
])
def test_a_participle_on_a_text_written_is_its_authors_act(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_participle_on_a_text_another_acts_on_is_not_theirs(extract):
    # written for this test: Russia vetoes the resolution; it is the resolution that condemns
    got = triples(extract("Russia vetoed a resolution condemning the government."))
    assert not any(a == "Russia" and r in {"opposes", "accuses"} for a, r, _ in got)
