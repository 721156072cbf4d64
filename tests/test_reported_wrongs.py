"""Reported wrongdoing stated as fact accuses the wrongdoer: "said he had been attacked by protesters"
(written, a described agent), "said police had used excessive force" (written), "said the opposition
had tried to deceive the country" and "cited the LDP's failure to tighten rules" (probes); a neutral
act reported ("had arrested two men") is none."""
from __future__ import annotations

from conftest import labels


def accusations(got) -> set[tuple]:
    return {(a, t) for a, r, t in got if r == "accuses"}


def test_an_attack_by_a_described_agent_is_a_reported_wrong(extract):
    got = labels(extract("Deputy Prime Minister John Prescott said he had been attacked by protesters at a "
                         "motorway service station."))
    assert any(a == "John Prescott" and t.lower() == "protesters" for a, t in accusations(got)), got


def test_excessive_force_used_is_a_reported_wrong(extract):
    got = labels(extract("Amnesty International said police had used excessive force against demonstrators."))
    assert any(a == "Amnesty International" and t.lower() == "police" for a, t in accusations(got)), got


def test_a_neutral_act_reported_is_no_accusation(extract):
    got = labels(extract("A police spokesman said officers had arrested two men."))
    assert not accusations(got), got
    got = labels(extract("The ministry said the army had used force to disperse the crowd."))
    assert not accusations(got), got


def test_a_wrong_tried_is_a_reported_wrong(extract):
    got = labels(extract("Socialist Party leader Diosdado Cabello praised the decision and said the opposition had "
                         "tried to deceive the country with thousands of false signatures."))
    assert any(a == "Diosdado Cabello" and t.lower() == "opposition" for a, t in accusations(got)), got


def test_an_aim_tried_is_no_wrong(extract):
    got = labels(extract("Socialist Party leader Diosdado Cabello said the opposition had tried to reach the capital."))
    assert not accusations(got), got


def test_a_failure_cited_accuses_its_owner(extract):
    got = labels(extract("Komeito chief Tetsuo Saito, who cited the LDP's failure to tighten rules on political "
                         "donations, criticized the new partnership on Monday."))
    assert any(a == "Tetsuo Saito" and t in {"LDP", "Liberal Democratic Party"} for a, t in accusations(got)), got
