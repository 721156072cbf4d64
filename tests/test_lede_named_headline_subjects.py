"""A headline's short subject that resolves to no actor ("Plaid", "Watchdog"), taken from the
lede that restates the headline with the actor's full name or as its own subject."""
from __future__ import annotations

from conftest import labels


def headline(statements) -> set[tuple]:
    return labels(st for st in statements if st.sentence.start == 0)


def test_a_party_short_name_the_lede_names_in_full(extract):
    # bbc2004 probe: "Plaid" alone is no actor; the lede names Plaid Cymru
    text = ("Plaid demands law-making powers\n\n"
            "Plaid Cymru has called for the Welsh Assembly to be given full law-making powers before the next "
            "assembly election.\n\nThe party's leader, Ieuan Wyn Jones, said Wales deserved the same powers as "
            "the Scottish Parliament.\n")
    got = headline(extract(text))
    assert any(a == "Plaid Cymru" and r == "demands" for a, r, _ in got), got


def test_a_body_word_the_lede_makes_its_subject(extract):
    # bbc2004 probe: "Watchdog" is the lede's own subject ("the elections watchdog has recommended")
    text = ("Watchdog rejects votes at 16\n\n"
            "The voting age should stay at 18, the elections watchdog has recommended, dismissing calls for 16 "
            "and 17-year-olds to be given the vote.\n\nThe Electoral Commission said there was not enough "
            "evidence that young people wanted the change.\n")
    got = headline(extract(text))
    assert any(a == "Watchdog" and r == "rejects" for a, r, _ in got), got


def test_a_word_the_lede_does_not_make_an_actor_stays_silent(extract):
    # written: "Caution" heads the headline, but the lede only mentions caution as a thing
    text = ("Caution rejects tax plans\n\n"
            "Ministers urged caution over the tax plans on Monday.\n")
    got = headline(extract(text))
    assert not any(a == "Caution" for a, _, _ in got), got


def test_an_acronym_the_lede_spells_out(extract):
    # news2025 probe: "DA" is unknown; the lede names the Democratic Alliance
    text = ("South Africa's DA vows to fight VAT hike as budget row shakes unity government\n\n"
            "The Democratic Alliance says it will not support Finance Minister Enoch Godongwana's plan, raising "
            "fresh doubts about the coalition's future.\n")
    got = headline(extract(text))
    assert any(a == "Democratic Alliance" and r == "opposes" for a, r, _ in got), got
