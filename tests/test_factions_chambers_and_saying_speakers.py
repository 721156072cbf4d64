"""Wrong actors: the one who acts named as another (a party for some of its members, ...); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_some_of_a_partys_members_are_not_the_party(extract):
    got = labels(extract("Some senior Tories argued against the new tax on Monday."))
    assert any(a == "Senior Tories" and r == "opposes" for a, r, _ in got), got
    got = labels(extract("Rebel Conservatives voted against the housing bill."))
    assert not any(a == "Conservative Party" for a, _, _ in got), got
    # the party itself stays the party
    got = labels(extract("The Conservatives criticised the new tax on Monday."))
    assert not any(a.startswith("Senior") or a.startswith("Rebel") for a, _, _ in got), got


def test_a_faction_named_before_is_not_the_they_of_another_party(extract):
    text = ("Some senior Tories argued against the move on Tuesday. The bill is expected to be opposed by the "
            "Liberal Democrats.\n\nThey have said the scheme is flawed and a waste of money.")
    got = labels(extract(text))
    assert not any(a == "Senior Tories" and t and "scheme" in t for a, _, t in got), got


def test_a_states_house_of_representatives_is_not_congress(extract):
    text = ("The U.S. Justice Department sued the state on Monday. Leaders of the Ohio House of Representatives "
            "called for a new vote.")
    got = labels(extract(text))
    assert any("Ohio House of Representatives" in a and r == "demands" for a, r, _ in got), got
    assert not any("US Congress" in a for a, _, _ in got), got


def test_saying_after_a_told_clause_is_the_tellers(extract):
    text = ('The victim\'s brother, Paul Green, told the newspaper the driver did not deserve any leniency, '
            'saying: "Nothing can excuse what he did."')
    got = labels(extract(text))
    assert not any(a == "driver" or a == "Driver" for a, _, _ in got), got
    assert any(a == "Paul Green" for a, _, _ in got), got
