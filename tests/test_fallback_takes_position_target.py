"""What a credited quotation that no kept statement rests on is about: the target of the position its speaker
takes in the sentence it starts in, not a phrase of the speaker's description ("spokesman for World Relief")
or a place the quote names ("Norwich"). The paragraphs are from the train split."""
from __future__ import annotations


def says_targets(statements, actor: str) -> set:
    return {st.target.label if st.target else None for st in statements
            if st.actor.label == actor and st.relation.value == "says"}


def test_a_run_of_quotations_is_about_what_its_speaker_said_there(extract_learned):
    got = extract_learned("Among those distressed by the latest turn in the GOP primary is the National Association "
                          "of Evangelicals. \"We're saddened and shocked about what happened in Paris,\" said Matthew "
                          "Soerens, spokesman for World Relief, the evangelical association's humanitarian arm. \"But "
                          "we don't think the response should be to close our doors to closely vetted people coming "
                          "from Syria.\"")
    assert says_targets(got, "Matthew Soerens") == {"Paris"}, says_targets(got, "Matthew Soerens")


def test_a_quotation_after_a_position_is_about_its_target(extract_learned):
    got = extract_learned("Prime Minister Tony Blair has defended the Licensing Act, saying it is wrong to deny "
                          "people the relaxed hours enjoyed elsewhere in Europe because of a \"tiny minority\" of "
                          "violent binge drinkers. A six-month transitional period starts on 7 February during which "
                          "time venues can apply for extended licences. The Conservatives have called for 24-hour "
                          "drinking to be shelved until the problems of binge drinking are solved. On Monday, the Lib Dems also called for a delay. Lib Dem Home "
                          "Affairs spokesman Mark Oaten said: \"It would clearly be prudent to allow the police and "
                          "local authorities more time to prepare for flexible drinking hours.\" Chief constable Mr "
                          "Hayman acknowledged that binge drinking did cause problems. \"If you come to Norwich on a "
                          "Friday or Saturday night you will see things going on that will you make you feel ashamed. "
                          "\"However, I want industry to succeed in Norwich and I want Norwich to be the recognised "
                          "nightspot of East Anglia. \"There is no way I want to say we cannot manage it or police it. "
                          "We can.\"")
    assert "Norwich" not in says_targets(got, "Hayman"), says_targets(got, "Hayman")


def test_a_second_quotation_keeps_its_own_target_rather_than_merge_into_the_first():
    """Two quotations of one speaker in one sentence, the first already filed under her position's target:
    taking it for the second too would make the two one statement and the second quotation lose its speaker."""
    from kg.extract.quote_fallback import its_position_there
    from kg.records import Actor, Relation, Span, Statement, Topic

    text = ('"Promise your mother you will vote," Jones sang to Clinton, "I just want to know where we go from '
            'here."')
    sent, jones = Span(0, len(text), text), Actor("Mary Jones")
    first, second = Span(1, 34, text[1:34]), Span(63, len(text) - 1, text[63:-1])
    vote = Topic("vote")
    kept = [Statement("d", sent, jones, Relation.PROPOSES, target=vote, quote=first, confidence=0.7)]
    out = [Statement("d", sent, jones, Relation.SAYS, target=vote, quote=first, confidence=0.05)]  # the fallback's
    st = Statement("d", sent, jones, Relation.SAYS, target=Topic("here"), quote=second, confidence=0.05)
    assert its_position_there(kept, st, out).target.label == "here"
    assert its_position_there(kept, st).target.label == "vote"  # with nothing of its own filed there yet


def test_both_quotations_around_a_credit_keep_their_speaker(extract_learned):
    """A written paragraph: the first quotation would take the position's target "mama" that the second names
    itself; the two statements would then be one and the second quotation lose its speaker."""
    got = extract_learned("Singer backs Clinton\n\nThe singer Mary Jones performed at the rally on Tuesday. \"Promise "
                          "mama you will keep your hands in sight,\" Jones sang to Hillary Clinton, \"I just want to "
                          "know, where do we go from here?\"\n")
    quotes = {st.quote.text[:20] for st in got if st.actor.label == "Mary Jones" and st.quote is not None}
    assert any(q.startswith("I just want") for q in quotes), quotes
