"""Actor resolution errors the probe writers found on 2025 news (probe28a): a surname two people
share, a first name the tagger reads as a country, an observer mission named by its body.
Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_a_surname_is_the_person_named_before_it_not_after(extract):
    got = actors(extract("President Widodo Harsono said on Monday that fuel subsidies would be cut. "
                         "Mr Widodo accused the opposition of spreading lies about the budget. "
                         "Army chief Agus Setya Widodo apologised for the deaths of two protesters."))
    assert "Widodo Harsono" in got, got
    got = labels(extract("President Widodo Harsono said on Monday that fuel subsidies would be cut. "
                         "Mr Widodo accused the opposition of spreading lies about the budget. "
                         "Army chief Agus Setya Widodo apologised for the deaths of two protesters."))
    assert not any(a == "Agus Setya Widodo" and r == "accuses" for a, r, _ in got), got


def test_a_surname_named_by_two_earlier_stays_with_the_first(extract):
    got = actors(extract("Police chief Agus Setya Widodo apologised for the deaths. "
                         "President Widodo Harsono said fuel subsidies would be cut. "
                         "Mr Widodo criticised the opposition for spreading lies."))
    assert "Agus Setya Widodo" in got, got


def test_a_first_name_that_names_a_country_stays_with_its_surname(extract):
    got = actors(extract("Home Minister Ramesh Kumar Gurung defended the curfew. "
                         "A student organiser, 23-year-old Sudan Gurung, told reporters that he rejected the curfew."))
    # (not "that the protesters rejected": a group's stance relayed is the group's own since the thirty-third session)
    assert "Sudan Gurung" in got, got


def test_an_observer_mission_named_by_its_body_is_an_actor(extract):
    got = actors(extract("The OSCE observer mission criticised the decision to bar two parties from the vote."))
    assert any("OSCE" in a for a in got), got
