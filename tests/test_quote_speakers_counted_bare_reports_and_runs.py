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


def test_a_bare_verb_after_a_question_credits_its_subject(extract):
    # '"...?" the host pressed.': a verb with only its subject after a quotation's question mark
    # reports it, though 'press' is no reporting verb; the previous speaker does not keep it
    text = ('"We will not raise taxes this year," said the governor.\n\n'
            '"Would you cut the budget instead?" the host pressed.')
    got = quoted(extract(text))
    assert ("host", "Would you cut the budget instead?") in got, got


def test_a_run_of_one_speaker_is_one_quotation(extract, extract_learned):
    # '"A," X said. "B."': the statement on A rests on A's words, and was said as part of the whole run,
    # which attribution corpora mark as one quotation (its offsets, ``quotation``)
    text = ('The vote will be close, said Dan Reeve, an analyst in Leeds.\n\n"It is going to follow the national '
            'trend," Reeve said. "She is going to win. It is going to be closer than it should be."')
    for run in (extract, extract_learned):
        first = [st for st in run(text) if st.quote is not None and st.quote.text.startswith("It is going to follow")]
        assert first, first
        whole = first[0].quotation
        assert whole is not None and text[whole.start:whole.end].rstrip(".").endswith("closer than it should be"), whole
