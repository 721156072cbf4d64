"""BBC politics probes (2004-05 style, written for these tests): a quotation credited in its own
sentence keeps its own speaker."""
from __future__ import annotations

from conftest import labels


def speakers(statements, opening: str) -> set[str]:
    return {st.actor.label for st in statements if st.quote and st.quote.text.startswith(opening)}


def test_a_quote_with_its_own_credit_after_it_is_not_joined_to_the_one_before(extract_learned):
    text = ("Education Secretary Charles Clarke said the fees were essential to secure the future of English "
            "universities. \"Without this money our universities will fall behind their competitors,\" he said. "
            "Conservative education spokesman Tim Yeo said his party would scrap the fees if it won power. "
            "\"Students should not be saddled with debts of £20,000 or more,\" Mr Yeo said.")
    got = extract_learned(text)
    assert speakers(got, "Students") == {"Tim Yeo"}, [(st.actor.label, st.quote) for st in got]
    assert speakers(got, "Without") == {"Charles Clarke"}, [(st.actor.label, st.quote) for st in got]


def test_a_verdict_judged_by_any_word_of_a_chain_of_three(extract):
    # "expensive, illiberal and unworkable": the last word hangs from the second, not the first
    got = labels(extract("Mark Oaten said the scheme was \"expensive, illiberal and unworkable\"."))
    assert ("Mark Oaten", "opposes", "scheme") in got, got


def test_an_affront_opposes(extract_learned):
    got = labels(extract_learned("The former law lord Lord Ackner said the proposals were \"an affront to justice\"."))
    assert any(r == "opposes" and t == "proposals" for _, r, t in got), got
    assert not any(r == "supports" for _, r, _ in got), got


def test_a_quote_at_a_paragraphs_end_stays_with_its_speaker(extract_learned):
    # the next paragraph's subject is no credit of the quotation before the break (PolNeAR dev lost two such)
    text = ("\"We cannot have people come here and refuse to answer our questions,\" Senator Mary Walsh said. "
            "\"If you allow that, you destroy the whole basis of our inquiry.\"\n\n"
            "Democrats also described the showdown as ominous, and said the panel might be damaged by the vote.")
    got = extract_learned(text)
    assert speakers(got, "If you allow") == {"Mary Walsh"}, [(st.actor.label, st.quote) for st in got]
