"""A warned act or event held over another's doing threatens it (probes world2016, news2025, the fifth probe, bbc2004;
the last sentences written for the test)."""
from __future__ import annotations

from conftest import labels


def threats(got) -> set:
    return {(a, t) for a, r, t in got if r == "threatens"}


def test_a_passive_act_held_over_another_threatens(extract):
    # probew16n: kg had "opposes talks"
    got = labels(extract("Lawmakers condemned the mass arrests and dismissals that followed July's failed coup, and warned "
                         "that talks would be formally suspended if Turkey reinstated the death penalty."))
    assert ("Lawmakers", "talks suspended") in threats(got), got
    assert ("Lawmakers", "talks") not in {(a, t) for a, r, t in got if r == "opposes"}, got


def test_a_side_acting_if_another_does_threatens(extract):
    # probebbc13: kg had nothing
    got = labels(extract("Health Secretary John Reid said the plans were fair. He warned that ministers would legislate "
                         "if advertisers had not cut back by 2007."))
    assert ("John Reid", "legislate") in threats(got), got
    # fifth probe: kg had "opposes" the amendment
    got = labels(extract("Trinamool Congress MP Derek O'Brien warned that the opposition would block the constitutional "
                         "amendment in the Rajya Sabha if the government pushed it through without consensus."))
    assert any(a == "Derek O'Brien" and "block" in t for a, t in threats(got)), got
    # probe44a: the province is her side, not an issue she is against
    got = labels(extract("Alberta Premier Danielle Smith warned that her province would hold a referendum on separation "
                         "if Ottawa did not end its attacks on the oil and gas sector."))
    assert any(a == "Danielle Smith" and "referendum on separation" in t for a, t in threats(got)), got
    assert not any(a == "Danielle Smith" and r == "opposes" and t == "province" for a, r, t in got), got


def test_an_event_held_over_another_threatens(extract):
    # probe40b, probe39a: kg had no threat
    got = labels(extract('Donald Trump urged Iran to move quickly toward a deal and warned that "something bad is going '
                         'to happen" if the talks failed.'))
    assert ("Donald Trump", "something bad") in threats(got), got
    got = labels(extract('President Donald Trump spoke to reporters. He warned that if Putin wanted to take all of '
                         'Ukraine, it would "lead to the downfall of Russia."'))
    assert any(a == "Donald Trump" and "downfall of Russia" in t for a, t in threats(got)), got


def test_forecasts_of_harm_stay_no_threat(extract):
    # written: those hit, an issue's harm, and the side's own doing in the if-clause are no threat
    got = labels(extract("The economist Jane Doe warned that businesses might hire fewer workers if the government raised "
                         "the minimum wage."))
    assert not threats(got), got
    got = labels(extract("The minister Jan Novak warned that an exit could trigger a break-up of the union if England "
                         "pulled Scotland out."))
    assert not threats(got), got
    got = labels(extract("The Liberal leader Jan Novak warned that the party would lose seats if it did not change."))
    assert not threats(got), got


def test_harm_to_ties_foretold_threatens_the_damage(extract):
    # probew16d, probew16n, probew16p: kg had a case against what harms the ties, or nothing
    got = labels(extract('Speaking in Nairobi, Erdogan warned that the decision would "seriously affect" relations '
                         'between the two NATO allies.'))
    assert any(t == "damage to relations" for a, t in threats(got) if "Erdogan" in a), got
    got = labels(extract("The United States has spent more than $30 million on the election, and donors have warned "
                         "that further delays could jeopardize aid."))
    assert ("Donors", "damage to aid") in threats(got), got
    # written: ties helped, or another side's act on them, are no threat
    got = labels(extract("The minister Jan Novak warned that the deal would improve relations."))
    assert not threats(got), got
    got = labels(extract("The minister Jan Novak warned that China would cut aid."))
    assert not threats(got), got
