"""Positions inside quotations that kg filed as a bare ``says``; each sentence here is written for its test."""
from __future__ import annotations


def test_a_run_of_quotations_whose_first_holds_a_position_is_no_further_says(extract_learned):
    # the first quotation opposes the plan in its sentence; the run of quotations it opens is no
    # further bare "says" in that sentence (the later sentences are heard one by one)
    text = ("The council wants to close the village school.\n\n"
            '"We strongly oppose the plan because the children would have to travel for an hour every day," said '
            'Jane Miller, who chairs the parents group. "The town schools are already full and the buses are old '
            'and slow. Parents would lose a whole morning every week."')
    got = [st for st in extract_learned(text) if st.actor.label == "Jane Miller"]
    assert any(st.relation.value == "opposes" and st.target and st.target.label == "plan" for st in got), got
    first = [st for st in got if st.sentence.text.startswith('"We strongly')]
    assert first and not any(st.relation.value == "says" for st in first), [(st.relation.value, st.quote) for st in got]


def test_asking_why_an_act_should_be_done_opposes_it(extract, extract_learned):
    # a rhetorical question denies what its modal would demand
    text = '"Why should taxpayers foot the bill for the new stadium?" said Sarah Green, the Labour councillor.'
    for run in (extract, extract_learned):
        got = [st for st in run(text) if st.actor.label == "Sarah Green"]
        assert any(st.relation.value == "opposes" for st in got), got
        assert not any(st.relation.value == "demands" for st in got), got


def test_a_plain_obligation_still_demands(extract):
    got = extract('"Ministers should withdraw the tuition fee increase," said Tom White, the student union president.')
    assert any(st.relation.value == "demands" for st in got), got


def test_saying_it_is_time_for_an_act_demands_it(extract, extract_learned):
    for text in ('"It is time to scrap the tax on fuel," said Dave Jones, the hauliers leader.',
                 '"Now is the time to end the war," said Tom White, the foreign minister.'):
        for run in (extract, extract_learned):
            got = [st for st in run(text) if st.relation.value == "demands"]
            assert got and all(st.actor.label in {"Dave Jones", "Tom White"} for st in got), got


def test_a_time_denied_demands_nothing(extract):
    got = extract('"It is not time to end the sanctions," said Tom White, the foreign minister.')
    assert not any(st.relation.value == "demands" for st in got), got
