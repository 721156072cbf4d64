"""What the rules file a quotation under when it opens by speaking of someone as "he" or "she",
learned in the thirteenth round from train (never the seeds): pundits' remarks on a candidate
('"He's gaining momentum," he said') are coded as about that candidate, not about the issue
their speaker last spoke of."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, speaker, person", [
    # from a train article (Ted Cruz's 2012 campaign): coded Mark Jones says Ted Cruz
    ('Three years ago, Ted Cruz surged from relative obscurity to win a seat in the U.S. Senate, said Mark '
     'Jones, a political scientist at Rice University. "He\'s gaining momentum, building his base of support, '
     'raising money and has a plan," he said.', "Mark Jones", "Ted Cruz"),
    # from the same train article: coded Michael Baselice says Ted Cruz
    ('Three years ago, Ted Cruz surged from relative obscurity to win a seat in the U.S. Senate. "In some ways '
     'he\'s doing some of the same good steps: raising money, communicating the message," said Michael Baselice, '
     'an Austin-based political pollster.', "Michael Baselice", "Ted Cruz"),
    # written for this test
    ('Governor Anna Lee signed the budget on Monday. "She is the strongest candidate we have," said '
     'Senator Tom Price.', "Tom Price", "Anna Lee"),
])
def test_a_quotation_opening_on_he_or_she_is_about_that_person(extract, text, speaker, person):
    got = triples(extract(text))
    assert (speaker, "says", person) in got, got


def test_a_quotation_opening_on_i_is_not_filed_under_its_speaker(extract):
    # written for this test: "I" is the speaker, who is no target of his own "says"
    got = triples(extract('Mayor Tom Jones met Governor Anna Lee. "I am ready to work with anyone," Jones said.'))
    assert not any(a == "Tom Jones" and t == "Tom Jones" for a, r, t in got), got
