"""Quote attribution: who said each quoted sentence, and the words each statement rests on
(each sentence here is written for its test)."""
from __future__ import annotations


def words(text: str) -> int:
    return len(text.split())


def test_a_quotation_mark_glued_to_the_attribution_still_credits_its_speaker(extract_learned):
    # web copy often drops the space between a closing or opening mark and the words around it
    # ('...,”Moore said', 'Reed said,“Look'): the mark is a token of its own, so the reporting
    # verb and its subject are found
    cases = [
        ('Jane Moore is a teacher in Ohio.\n\n“I think the new rules are a disaster for our schools,”Moore said.\n',
         "Jane Moore", "I think the new rules are a disaster for our schools"),
        ('Governor Tom Reed spoke on Monday.\n\nReed said,“Look, these cuts have no place in our budget.”\n',
         "Tom Reed", "these cuts have no place in our budget"),
    ]
    for text, speaker, words in cases:
        got = extract_learned(text)
        assert any(st.actor.label == speaker and st.quote is not None and words in st.quote.text for st in got), \
            [(st.actor.label, st.quote.text if st.quote else None) for st in got]


def test_a_quoted_paragraph_credited_on_the_line_below_it(extract_learned):
    # fact-check copy quotes a paragraph and credits it on the next line ('"..."' / '- Reed.');
    # a dash line after a paragraph that is no quotation credits nothing
    text = ('The governor defended the budget on Monday.\n\n"Nobody will lose their job because of this plan. '
            'The schools will get more money, not less."\n\n- Tom Reed.\n\nThe budget goes to a vote next week.\n')
    got = extract_learned(text)
    assert any(st.actor.label == "Tom Reed" and st.quote is not None and "Nobody will lose their job" in st.quote.text
               for st in got), [(st.actor.label, st.quote.text if st.quote else None) for st in got]
    byline = 'The budget goes to a vote next week, officials said.\n\n- Amy Stone.\n'
    assert not any(st.actor.label == "Amy Stone" for st in extract_learned(byline))


def test_a_one_word_question_after_its_speech_verb_is_a_reply(extract_learned):
    # '... asked, "Really?"': a one-word quotation closing on its own question or exclamation mark
    # after the verb that reports it is the speaker's whole reply, not a word quoted from a sentence
    text = 'Ann Cole is a news anchor.\n\nCo-anchor Ann Cole, who was off-screen, then loudly asked, “Really?”\n'
    got = extract_learned(text)
    assert any(st.actor.label == "Ann Cole" and st.quote is not None and "Really" in st.quote.text for st in got), \
        [(st.actor.label, st.quote.text if st.quote else None) for st in got]
