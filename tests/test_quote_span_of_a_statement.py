"""The words of a long quotation a statement rests on: the sentence holding its cue or naming its target,
not the whole speech (train quotes 511 -> 514 of 624). Texts from train articles and written for the tests."""
from __future__ import annotations

from kg.extract.quote_spans import at_its_words
from kg.records import Actor, Relation, Span, Statement, Topic

SPEECH = ('"We will not accept any cuts to the pension fund. The minister knows our members have nothing else. '
          'We have told him so at every meeting since the spring. We will tell him again on Monday when the '
          'talks resume," Smith said.')


def stated(text: str, relation: str, target, cue: str | None = None) -> Statement:
    a, z = 1, text.index('," ')
    quote = Span(a, z, text[a:z])
    c = Span(text.index(cue), text.index(cue) + len(cue), cue) if cue else None
    return Statement(doc_id="d", sentence=Span(0, len(text), text), actor=Actor("John Smith"),
                     relation=Relation(relation), target=target, quote=quote, cue=c)


def sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    while (end := text.find(". ", a)) >= 0:
        out.append((a, end + 1))
        a = end + 2
    return [*out, (a, len(text))]


def test_a_long_quotation_rests_on_the_sentence_naming_the_target() -> None:
    st = at_its_words(stated(SPEECH, "rejects", Topic("pension cuts")), sentences(SPEECH), SPEECH)
    assert st.quote.text == "We will not accept any cuts to the pension fund.", st.quote
    assert st.quotation is not None and st.quotation.end == SPEECH.index('," ')  # the whole stays its quotation


def test_the_cue_names_the_sentence_before_the_target() -> None:
    st = at_its_words(stated(SPEECH, "consults", Actor("minister"), cue="told"), sentences(SPEECH), SPEECH)
    assert st.quote.text.startswith("We have told him so"), st.quote


def test_a_bare_saying_and_a_short_quotation_keep_the_whole() -> None:
    st = stated(SPEECH, "says", None)
    assert at_its_words(st, sentences(SPEECH), SPEECH).quote == st.quote
    short = '"No cuts to the pension fund. None at all. Not one penny from it," Smith said.'
    st = stated(short, "rejects", Topic("pension cuts"))
    assert at_its_words(st, sentences(short), short).quote == st.quote  # whole, it still stands for each sentence


def test_thanks_in_a_long_quotation_carry_their_sentence(extract_learned) -> None:
    text = ('Savchenko emerged from the terminal at Kiev\'s Boryspil airport to cries of "hero" from a crowd of '
            'supporters.\n"Huge thanks for fighting for me. I thank everyone who wished me well. Thanks to you I '
            'survived. To those who wished me ill, I survived despite you!" she shouted.')
    quotes = {st.quote.text for st in extract_learned(text) if st.quote is not None and st.target is not None}
    assert "Huge thanks for fighting for me." in quotes, quotes
