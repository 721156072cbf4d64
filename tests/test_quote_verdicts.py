"""Verdicts spoken in quotations ('"It is a disgrace," he said of the plan', '"This is no way to make
law"'): coders read a position on the issue judged, not a bare ``says`` or a phrase lifted from the
quotation; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_pronoun_judged_in_a_quote_is_what_the_quote_is_said_of(extract, extract_learned):
    # '"It is a disgrace," X said of the closure': the closure is judged, not the disgrace
    text = ('Residents gathered outside the town hall on Tuesday. "It is a disgrace," Mr Tom Smith said of the '
            'closure of the library.')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Tom Smith", "opposes", "closure of library") in got, got


def test_a_verdict_supposed_on_a_clause_is_not_read_from_the_issue_before(extract):
    # "it would be unacceptable for a chief constable to say ...": no verdict on the issue said of
    got = labels(extract('Mr Tom Smith said of the plan: "It would be unacceptable for the council to say sorry."'))
    assert not any(r == "opposes" and t == "plan" for _, r, t in got), got


def test_a_means_denied_is_a_verdict_against_it(extract, extract_learned):
    # "was no way to tackle crime", "was not the answer", "no solution": the curfew is opposed
    for text in ('Labour MP Anne Keene said the new curfew was "no way to tackle youth crime".',
                 "Labour MP Anne Keene said the curfew was not the answer to youth crime.",
                 'Labour MP Anne Keene said the curfew was "no solution".'):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(a == "Anne Keene" and r == "opposes" and "curfew" in (t or "") for a, r, t in got), (text, got)


def test_no_great_loss_is_no_verdict_against_what_was_lost(extract):
    # "a great loss" regrets the closure; "no great loss" does not (nor is "no disgrace" one)
    got = labels(extract("Labour MP Anne Keene said the closure of the mine was a great loss to the town."))
    assert ("Anne Keene", "opposes", "closure of mine") in got, got
    for text in ("Labour MP Anne Keene said the closure of the mine was no great loss.",
                 'Labour MP Anne Keene said the ban was "no disgrace".'):
        got = labels(extract(text))
        assert not any(r == "opposes" for _, r, _ in got), (text, got)


def test_a_tax_on_a_good_is_a_verdict_against_what_is_called_so(extract):
    # "a tax on aspiration", "a tax on success": a burden laid on a good; "a tax on sugary drinks" is none
    got = labels(extract('"It is a tax on aspiration," Labour MP Anne Keene said of the plan.'))
    assert ("Anne Keene", "opposes", "plan") in got, got
    got = labels(extract('Labour MP Anne Keene said the new levy was "a tax on success".'))
    assert ("Anne Keene", "opposes", "levy") in got, got
    got = labels(extract("Labour MP Anne Keene said the new levy was a tax on sugary drinks."))
    assert not any(r == "opposes" for _, r, _ in got), got


def test_a_verdict_against_not_doing_an_act_supports_it(extract):
    # "it would be a mistake not to extend the ceasefire": the extension is argued for
    for text in ('Union leader Tom Harris said: "It would be a fatal mistake not to extend the ceasefire."',
                 "Union leader Tom Harris said it would be wrong not to extend the ceasefire."):
        got = labels(extract(text))
        assert any(a == "Tom Harris" and r == "supports" and "ceasefire" in (t or "") for a, r, t in got), (text, got)
        assert not any(r == "opposes" for _, r, _ in got), (text, got)


def test_no_way_to_do_a_thing_said_of_an_issue_opposes_it(extract):
    got = labels(extract('"This is no way to make law," Labour MP Anne Keene said of the bill.'))
    assert ("Anne Keene", "opposes", "bill") in got, got
