"""Quotation speakers found by reading kg's attributions on train news and PolNeAR train articles;
each sentence here is written for its test."""
from __future__ import annotations


def quoted(statements) -> set[tuple]:
    return {(st.actor.label, st.quote.text.strip(' ,."')) for st in statements if st.quote is not None}


def test_one_of_a_group_after_said_is_the_speaker(extract):
    # '"...," said one of the advisers, who ...': the parser tags 'one' a number; the phrase speaks
    text = ('The mayor spoke at length on Tuesday.\n\n"There is no path for the council to succeed," said one of '
            'the advisers, who spoke on condition of anonymity.')
    got = quoted(extract(text))
    assert ("one of the advisers", "There is no path for the council to succeed") in got, got
