"""Misses the probebbc14 round found on BBC-style politics news of 2004-05 written for it; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_first_name_given_to_men_and_women_alike_leaves_he_to_the_sentence_before(extract):
    # the US census list calls Robin, Hilary and Lindsay women's names; in British politics they are
    # as often men's (Robin Cook, Hilary Benn, Lindsay Hoyle): "he" is the subject just named
    text = ("Lord McNally called for an elected chamber. Labour MP Robin Cook welcomed the move. "
            "He said that at least half of the members should be elected.")
    got = labels(extract(text))
    assert any(a == "Robin Cook" and r == "demands" for a, r, _ in got), got
    assert not any(a == "McNally" and r == "demands" and t and "half" in t for a, r, t in got), got
    text = ("John Smith criticised the plan. International Development Secretary Hilary Benn backed the aid package. "
            "He said the package should be doubled.")
    got = labels(extract(text))
    assert any(a == "Hilary Benn" and r == "demands" for a, r, _ in got), got
    assert not any(a == "John Smith" and r != "opposes" for a, r, _ in got), got


def test_a_clause_set_off_by_a_comma_describes_a_generic_target_it_does_not_name(extract):
    # "the move, which fitted ...": the clause adds to a move the article named; "policies which
    # encouraged ..." (no comma) says which policies
    got = labels(extract("The prime minister supported the move, which fitted the government's respect agenda."))
    assert any(r == "supports" and t == "move" for _, r, t in got), got
    got = labels(extract("The union welcomed the offer, which includes a pay rise for nurses."))
    assert any(r == "supports" and t == "offer" for _, r, t in got), got


def test_a_verb_hung_on_the_name_a_comma_set_off_is_the_main_verb(extract):
    # the small model reads "called" as a participle of "Campbell" and leaves the role noun the root
    got = labels(extract("Their foreign affairs spokesman, Sir Menzies Campbell, called again for a full "
                         "public inquiry into the decision to go to war."))
    assert any(a == "Menzies Campbell" and r == "demands" and t and "inquiry" in t for a, r, t in got), got


def test_a_party_adjective_the_tagger_missed_still_says_whose_leader(extract):
    # "Conservative" opening a sentence is no NORP to the small model; its leader is no "Commons Leader"
    text = ("Conservative leader in the Lords accused ministers of trying to neuter the upper house.\n\n"
            "Commons Leader Geoff Hoon backed the plan.")
    got = labels(extract(text))
    assert not any(a == "Geoff Hoon" and r == "accuses" for a, r, _ in got), got
