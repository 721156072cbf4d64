"""Errors other helpers found on news they wrote and left unfixed (fifth leftovers round); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_body_whose_name_ends_in_a_country_is_no_country(extract):
    got = labels(extract("Smith met officials from Universities UK on Monday."))
    assert not any(t == "United Kingdom" for _, _, t in got), got
    got = labels(extract("Officials from Universities UK criticised the cuts."))
    assert not any("United Kingdom" in a for a, _, _ in got), got
    got = extract("Officials from the UK criticised the cuts.")  # the country itself stays, the group's member
    assert any("United Kingdom" in {m.label for m in st.actor.members or ()} for st in got), labels(got)


def test_a_role_phrase_is_no_person_the_article_titled_otherwise(extract):
    got = labels(extract("Speaker Tom Harlow met the delegation on Tuesday. The minister said the talks were useful."))
    assert not any(a == "Tom Harlow" and r == "supports" for a, r, _ in got), got
    # a name with no title before it is still the role phrase's person
    got = labels(extract("Tom Harlow met the delegation on Tuesday. The minister said the talks were useful."))
    assert ("Tom Harlow", "supports", "talks") in got, got


def test_it_after_an_office_spoke_is_the_offices_owner(extract):
    got = labels(extract("Canadian Prime Minister John Mitchell welcomed the ruling on Ontario, his office said. "
                         "It urged all parties to respect the court."))
    assert ("John Mitchell", "demands", "respect court") in got, got
    assert not any(a == "Ontario" for a, _, _ in got), got
    # no office spoke: "it" is still the body named before
    got = labels(extract("The European Union welcomed the ruling. It urged all parties to respect the court."))
    assert ("European Union", "demands", "respect court") in got, got


def test_thank_you_thanks_the_party_addressed(extract):
    got = labels(extract('"Thank you to the firefighters who saved the school," the mayor said.'))
    assert ("mayor", "praises", "firefighters") in got, got


def test_a_wish_to_thank_is_thanks(extract):
    got = labels(extract('"I want to thank John Smith for his courage," the mayor said.'))
    assert ("mayor", "praises", "John Smith") in got, got
    got = labels(extract('"We would like to congratulate the team," the mayor said.'))
    assert ("mayor", "praises", "team") in got, got
    got = labels(extract("The mayor said she wants to thank the volunteers one day."))  # another's wish
    assert not any(r == "praises" for _, r, _ in got), got


def test_a_harm_warned_of_on_anothers_act_threatens_that_actor(extract):
    sts = extract("Japan warned that trade could suffer if China refused the request.")
    got = {(st.actor.label, st.relation.value, st.target.label if st.target else None,
            st.addressee.label if st.addressee else None) for st in sts}
    assert ("Japan", "threatens", "damage to trade", "China") in got, got
    # a harm on no one's act is a forecast, no threat
    assert not any(r == "threatens" for _, r, _ in labels(extract("Economists warned that growth would suffer if rates rose."))), 0


def test_a_group_described_by_two_nations_has_their_countries_as_members(extract):
    sts = extract("Russian and Ukrainian delegations agreed to a prisoner exchange.")
    got = {st.actor.label: {m.label for m in st.actor.members} for st in sts if st.relation.value == "accepts"}
    assert got.get("Russian and Ukrainian delegations") == {"Russia", "Ukraine"}, got
    sts = extract("French and German officials rejected the plan.")
    got = {st.actor.label: {m.label for m in st.actor.members} for st in sts if st.relation.value == "rejects"}
    assert got.get("French and German officials") == {"France", "Germany"}, got
    sts = extract("Senior Russian officials rejected the plan.")  # one nation: no members
    assert all(not st.actor.members for st in sts), sts
