"""Actors of quotations: a quotation followed by its own attribution ('"B," he told BBC News') keeps
that speaker even where the quotation before it, two sentences back, was another's (train: a Liberal
Democrat's quote after a Tory's, with his own "he told" after it, went to the Tory through the run of
quotations). Sentences written for the tests."""
from __future__ import annotations


def quoted(statements, words: str) -> set[str]:
    return {st.actor.label for st in statements if st.quote and words in st.quote.text}


def test_a_quote_with_its_own_trailing_attribution_is_not_run_into_the_one_before(extract):
    got = extract('Shadow home secretary David Davis attacked the plans. "Such action sends out the wrong signals '
                  'and undermines the government\'s claim to be tough on crime," he said. But Liberal Democrat '
                  'spokesman Mark Oaten warned the committee against binding judges. "The danger of a '
                  'prescriptive approach is that every case is different," he told BBC News.')
    assert quoted(got, "prescriptive approach") == {"Mark Oaten"}, [(s.actor.label, s.quote and s.quote.text) for s in got]


def test_a_quote_run_on_after_its_speaker_stays_his(extract):
    got = extract('"We will not accept these cuts," said Davis, who leads the campaign. "They are wrong for '
                  'every family in the country."')
    assert quoted(got, "wrong for every family") <= {"David Davis", "Davis"}, [(s.actor.label, s.quote and s.quote.text) for s in got]
