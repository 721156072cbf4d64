"""Positions read in direct quotations the rules left as a bare ``says`` with no
target (eleventh round), from train sentences or written for the test (never the
seeds): a quotation that names one other party in a negative tone accuses it, in
another tone is about it, and a speaker's further quotation without an issue of
its own holds the position the speaker just took."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): coded accuses Labour
    ('But a Conservative spokeswoman said: "This poster campaign - which was offensive to many people - '
     'was a big misjudgement by Labour\'s campaign team."', ("Conservative spokeswoman", "accuses", "Labour Party")),
    # from a train article (BBC politics 2004-05): coded accuses (or opposes) the Assembly Government
    ('Dai Lloyd said: "Wales and its local authorities have been short changed yet again. This is not whinging '
     'as the Labour Assembly Government so often claims - it is anger."',
     ("Dai Lloyd", "accuses", "Welsh Assembly Government")),
])
def test_a_quote_blaming_a_named_party_accuses_it(extract, text, expected):
    got = triples(extract(text))
    assert expected in got
    assert not [t for t in got if t[1] == "says" and t[2] is None]


def test_a_neutral_quote_about_a_named_party_is_about_it(extract):
    # written for this test (a pundit's horse-race remark, coded says with the candidate as target)
    got = triples(extract('Herman Cain said: "Carson is losing a little support."'))
    assert ("Herman Cain", "says", "Carson") in got


def test_a_place_named_in_a_quote_is_no_party_to_it(extract):
    # written for this test: Albania is where, not whom
    got = triples(extract('Ms Brownlees said: "We do not think there are structures in place in Albania."'))
    assert not [t for t in got if t[2] == "Albania"]


def test_a_further_quote_holds_the_speakers_position(extract):
    # from a train article (BBC politics 2004-05): both sentences coded opposes the returns scheme
    text = ('"From what is so far known, we strongly oppose the scheme because the welfare and best interests of '
            'the child will not properly be taken into account," said Mr Hogg. "In Albania particularly there is no '
            'statutory child care or protection structure."')
    sts = extract(text)
    second = [s for s in sts if s.quote is not None and s.quote.text.startswith("In Albania")]
    assert second and second[0].relation.value == "opposes" and second[0].target.label == "scheme"


def test_the_speakers_held_issue_comes_before_one_named_around_the_quote(extract):
    # written for this test: the sentence names sanctions, but Mr Hogg goes on about the scheme he opposed
    text = ('Britain imposed sanctions. "We strongly oppose the scheme," said Mr Hogg. The union met on Friday. '
            '"In Albania there is no protection structure," Mr Hogg added at the union meeting on sanctions.')
    later = [s for s in extract(text) if s.quote is not None and s.quote.text.startswith("In Albania")]
    assert later and (later[0].relation.value, later[0].target.label) == ("opposes", "scheme")


def test_a_quote_opening_a_run_is_on_the_issue_the_speaker_takes_up(extract):
    # written for this test: no issue named in the first quotation, nor any before it
    text = '"It has been a long week," Mr Smith said. "We will never accept the deal."'
    first = [s for s in extract(text) if s.quote is not None and s.quote.text.startswith("It has been")]
    assert first and first[0].target is not None and first[0].target.label == "deal"


def test_a_demand_is_not_made_again_by_the_quotes_around_it(extract):
    # written for this test: the quotation is on the ceasefire, but demands nothing
    text = 'Mr Smith demanded a ceasefire on Monday. "It has been a long week for all of us," he said later.'
    later = [s for s in extract(text) if s.quote is not None]
    assert later and (later[0].relation.value, later[0].target.label) == ("says", "ceasefire")


def test_a_build_credits_the_blamed_party_too(extract_learned):
    # from a train article (BBC politics 2004-05), as a build reads it: the quotation no kept statement rests
    # on becomes the speaker's statement about the party it blames, not a bare "says" about nothing
    got = extract_learned('But a Conservative spokeswoman said: "This poster campaign - which was offensive to '
                          'many people - was a big misjudgement by Labour\'s campaign team."')
    assert ("Conservative spokeswoman", "accuses", "Labour Party") in triples(got)
    assert not [t for t in triples(got) if t[1] == "says" and t[2] is None]
