"""A second act dropped beside the first: "criticised the agreement, saying the government had given away
too much". Where an actor criticises or condemns something and, in the same breath, says another party did
a thing, what he tells of that party is blamed on it: he accuses it (probe gold codes both acts; kg kept
only the criticism). His own side's doing is no accusation ("blamed the Houthis ..., and said his
government remained committed to a settlement")."""
from __future__ import annotations

import pytest

from conftest import labels


def accused(got, actor: str) -> set[str]:
    return {t for a, r, t in got if a == actor and r == "accuses"}


@pytest.mark.parametrize("text, actor, target", [
    # probe news2025 (29b): participial "saying" after a criticism
    ("Left-wing lawmaker Ruth Luque criticised the speed of the process, saying Congress had \"chosen another ally "
     "of corruption\" to lead the country.", "Ruth Luque", "Congress"),
    # probe news2025: "criticized the agreement, saying the government had given away too much"
    ("The main opposition People Power Party (PPP) criticized the agreement, saying the government had given away "
     "too much.", "People Power Party", "government"),
    # probe world2016 (16c): "condemned ... and said Russia bore a share of responsibility"
    ("German Chancellor Angela Merkel condemned the bombardment of the city and said Russia bore a share of "
     "responsibility for the suffering of its people.", "Angela Merkel", "Russia"),
])
def test_a_party_said_to_act_beside_a_criticism_is_accused(extract_learned, text, actor, target):
    got = labels(extract_learned(text))
    assert any(target in t for t in accused(got, actor)), got
    assert any(a == actor and r == "opposes" for a, r, _ in got), got  # the criticism stays


def test_written_criticism_then_said_deed_of_other_party(extract):
    # written: the same shape with "said" conjoined, read by the rules
    text = "The opposition leader condemned the budget and said the Treasury had hidden the true cost from voters."
    got = labels(extract(text))
    assert any("Treasury" in t for a, r, t in got if r == "accuses"), got


@pytest.mark.parametrize("text", [
    # probe world2016: the speaker's own government's commitment is no accusation
    "Yemen's exiled President Abd-Rabbu Mansour Hadi, whose government is backed by the coalition, blamed the "
    "Houthis for dragging the country into war, and said his government remained committed to a political settlement.",
    # written: a first-person side
    "The minister condemned the attack and said we had done everything we could to protect the embassy.",
    # written: the speaker's own country told in its defence (fails without the own-side test)
    "The Russian foreign ministry condemned the sanctions and said Russia had always respected its obligations.",
    # probe world2016 (16k): the speaker's own country's forces, owned by a possessive
    "Pakistani Prime Minister Nawaz Sharif condemned what he called the naked aggression of Indian forces and said "
    "Pakistan's armed forces were fully capable of thwarting any attack.",
    # written: a plan of the other party told with a modal is no deed done
    "The senator criticised the bill and said the government should withdraw it.",
])
def test_own_side_or_wished_act_beside_a_criticism_accuses_no_one(extract, text):
    got = labels(extract(text))
    assert not {t for a, r, t in got if r == "accuses" and t and (
        "government" in t.lower() or "forces" in t.lower() or t in {"we", "Russia"})}, got


def test_a_thing_said_to_differ_beside_a_criticism_is_no_party_accused(extract):
    # probe news2025 (40b): "statements made in public ... differed" names no actor
    text = ("Araghchi also criticized what he called contradictory messages from American officials, saying that "
            "statements made in public by some members of the US administration differed from what was said at the "
            "negotiating table.")
    got = labels(extract(text))
    assert not {t for a, r, t in got if r == "accuses" and t and "statement" in t.lower()}, got
