"""Sentences where kg kept no statement though coders code one (the "silent" sentences of
train): each sentence here is written for its test."""
from __future__ import annotations


def test_each_later_sentence_of_a_long_quotation_is_heard(extract_learned):
    # coders code every sentence of a quotation; the stages kept the speaker's position in the first only
    text = ('Anna Marsh, head of the growers union, said:\n\n"The minister has ignored the farmers for years and '
            'should resign. They have waited long enough. We will not stay quiet any longer."\n')
    got = extract_learned(text)
    quoted = {st.quote.text.strip() for st in got if st.actor.label == "Anna Marsh" and st.quote is not None}
    assert "They have waited long enough." in quoted, quoted
    assert "We will not stay quiet any longer." in quoted, quoted


def test_a_headline_topic_before_a_colon_is_no_subject(extract, extract_learned):
    # the parser makes the headline's topic a second subject of the verb after the colon (a train headline)
    text = "Brexit: UK government calls for calm\n\nThe pound fell on Monday.\n"
    for run in (extract, extract_learned):
        got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in run(text)}
        assert ("UK government", "demands", "calm") in got, got


def test_bodies_that_act_for_their_members_and_the_speaker_are_actors(extract, extract_learned):
    cases = [
        ("A delegation of Welsh councils criticised the plan.", ("Delegation of Welsh councils", "opposes", "plan")),
        ("A coalition of charities criticised the plan.", ("Coalition of charities", "opposes", "plan")),
        ("The deputy speaker later criticised the handling of the debate.",
         ("Deputy speaker", "opposes", "handling of debate")),
    ]
    for text, expected in cases:
        for run in (extract, extract_learned):
            got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in run(text)}
            assert expected in got, (text, got)


def test_among_those_who_acted_are_the_actors(extract, extract_learned):
    cases = [
        ("Among those who have criticised the plan is the head of the police federation, Sir John Smith.",
         ("Head of police federation", "opposes", "plan")),
        ("Among those who backed the bill were several Labour MPs.", ("Several Labour MPs", "supports", "bill")),
    ]
    for text, expected in cases:
        for run in (extract, extract_learned):
            got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in run(text)}
            assert expected in got, (text, got)
