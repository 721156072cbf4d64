"""Errors the probe writers found on news they wrote and left unfixed (second round); each sentence
here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_articles_he_wins_over_the_name_list(extract):
    # "Bong" is a woman's first name in the US census list; the article's "he" says otherwise
    got = labels(extract("Senator Bong Go met farmers on Monday. He called for higher rice subsidies."))
    assert ("Bong Go", "demands", "higher rice subsidies") in got, got


def test_a_name_with_on_or_for_inside_stays_whole(extract):
    # the tagger finds no entity; the capitalised "on"/"for" phrase is part of the name
    got = labels(extract("The Commission on Elections rejected the petition to delay the vote."))
    assert any(a == "Commission on Elections" and r == "rejects" for a, r, _ in got), got


def test_a_descriptor_before_a_name_is_no_part_of_it(extract):
    got = labels(extract("The powerful anti-tax group Club for Growth urged lawmakers to reject the bill."))
    assert any(a == "Club for Growth" for a, _, _ in got), got
    got = labels(extract("The shadow Chancellor demanded a change of direction."))
    assert any(a == "Shadow Chancellor" for a, _, _ in got), got  # a role's modifier stays
