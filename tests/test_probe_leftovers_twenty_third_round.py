"""Errors the probe writers found on news they wrote and left unfixed (second round); each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


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


def test_a_warning_of_the_act_of_the_side_in_the_warners_title_is_a_threat(extract):
    got = labels(extract("Ontario Premier Doug Ford warned that Ontario would cut electricity exports to the United States."))
    assert any(a == "Doug Ford" and r == "threatens" and "electricity exports" in (t or "") for a, r, t in got), got
    # another's act to come is no threat of the warner's
    got = labels(extract("German Chancellor Angela Merkel warned that Russia would cut gas supplies to Ukraine."))
    assert not any(r == "threatens" for _, r, _ in got), got


def test_what_another_says_one_could_do_is_no_act_of_his(extract):
    got = labels(extract("John Smith was arrested on Monday. Prosecutors argued that he could pressure witnesses."))
    assert not any(r == "demands" for _, r, _ in got), got
    got = labels(extract("John Smith said he could support the deal."))  # one's own could stays
    assert ("John Smith", "supports", "deal") in got, got
