"""A speaker's pledge that its side would work or cooperate with another (a new government, an inquiry):
support for that cooperation, not a meeting ("will continue to work with both sides" stays consults);
work with a named party ("would work with Russia") stays a contact. Sentences from the probes' hand-coded news
(bench/probes) and written for these tests."""
from __future__ import annotations

from conftest import labels


def test_a_pledge_to_work_with_a_government_supports_it(extract):
    # probe: "The United States said it would work with the new government." (gold supports/accepts)
    got = labels(extract("The United States said it would work with the new government."))
    assert any(a == "United States" and r == "supports" and "government" in t for a, r, t in got), got


def test_a_pledge_to_cooperate_supports_and_is_no_meeting(extract):
    # probe: "said the military would cooperate with the new government" (gold supports cooperation)
    got = labels(extract("The opposition leader said his party would cooperate with the new coalition government."))
    assert any(r == "supports" and "government" in t for _, r, t in got), got
    # probe: "said Caracas would work with non-OPEC producers" (gold proposes/supports, no consults)
    got = labels(extract("Oil Minister Eulogio Del Pino said Caracas would work with non-OPEC producers to make the cut effective."))
    assert any(r == "supports" and "producers" in t for _, r, t in got), got
    assert not any(r == "consults" for _, r, _ in got), got


def test_a_pledge_to_work_on_a_matter_backs_the_matter(extract):
    # probe: "The Food and Drink Federation said its members would work with ministers on the new labels."
    # (gold accepts/supports the labels)
    got = labels(extract("The Food and Drink Federation said its members would work with ministers on the new labels."))
    assert any(r == "supports" and "labels" in t for _, r, t in got), got


def test_continuing_to_work_with_both_sides_stays_a_meeting(extract):
    # written: ongoing work with others is the contact the seeds code consults
    got = labels(extract("Foreign Minister Annalena Baerbock said Germany would continue to work with Kenya and Ethiopia."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_a_pledge_to_work_with_a_named_state_stays_a_contact(extract):
    # written: work with a named party is diplomacy, no backing of that party
    got = labels(extract("Erdogan said after meeting Putin that Turkey would work with Russia to bring peace to Syria."))
    assert not any(r == "supports" and t == "Russia" for _, r, t in got), got


def test_an_issue_said_to_go_ahead_is_backed(extract):
    # probe: "Kremlin spokesman Dmitry Peskov said the meeting would go ahead as planned." (gold supports)
    got = labels(extract("Kremlin spokesman Dmitry Peskov said the meeting would go ahead as planned."))
    assert any(a == "Dmitry Peskov" and r == "supports" and "meeting" in t for a, r, t in got), got
    # probe: "Santos said the bilateral ceasefire with the rebels would remain in force" (gold supports)
    got = labels(extract("Santos said the bilateral ceasefire with the rebels would remain in force."))
    assert any(r == "supports" and "ceasefire" in t for _, r, t in got), got


def test_going_ahead_unless_a_demand_is_met_is_no_backing(extract):
    # probe: "ballots for a one-day strike would go ahead next month unless ministers agreed to talks" (threatens)
    got = labels(extract("Mr Serwotka said ballots for a one-day strike would go ahead next month unless ministers agreed to talks."))
    assert not any(r == "supports" and "ballot" in t for _, r, t in got), got
