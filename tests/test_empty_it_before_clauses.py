"""Positions whose holder the sentence does not name: the holder comes from elsewhere in the
article or is the quotation's speaker. Each text here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_it_that_stands_for_a_that_clause_names_no_one(extract):
    # "It is ridiculous that ...": the "it" is the clause after the verdict, not the city named before;
    # in a quotation introduced with a colon the verdict is the speaker's
    text = ('Maria Lopez, a waitress in Chicago, joined the strike on Tuesday.\n\n'
            'Why she is striking: "I never know how much I will make. '
            'It is ridiculous that restaurants expect their customers to pay their employees."')
    got = labels(extract(text))
    assert not any(a == "Chicago" for a, _, _ in got), got
    assert any(a == "Maria Lopez" and r == "opposes" for a, r, _ in got), got


def test_a_body_that_speaks_of_itself_is_still_it(extract):
    # the same shape with a body that says "it was ready": a subject of its own, not a that-clause put after
    got = labels(extract("Amnesty International said it was ready to help the families."))
    assert any(a == "Amnesty International" for a, _, _ in got), got


def test_an_it_that_stands_for_an_infinitive_after_a_verdict_names_no_one(extract):
    # a quotation that runs on over paragraphs: "It would be a mistake not to ..." is its speaker's
    # verdict, not one of the town named in his description
    text = ('Tom Reed, editor of the Safety Works magazine in Leeds, said: "Giving workers more rights is the '
            'right thing. "Injuries at work rose last year. "It would be a fatal mistake not to give safety reps '
            'more powers."')
    got = labels(extract(text))
    assert not any(a == "Leeds" for a, _, _ in got), got
    assert any(a == "Tom Reed" and r == "supports" for a, r, _ in got), got
    # "it was ready to negotiate": the parser hangs that infinitive on "ready"; the "it" is the one ready
    got = labels(extract("Russia said it was ready to negotiate."))
    assert ("Russia", "accepts", "negotiations") in got, got
