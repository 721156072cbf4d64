"""Vows with no condition: force a side says it will use on another ("We will hunt down the gangs"), and
an act against a thing that is no support of it ("We will deal with terrorism preemptively")."""
from __future__ import annotations

from conftest import labels


def test_a_quoted_act_against_a_thing_opposes_it(extract_learned):
    # probew16m: the quotation's learned reading had been supports "terrorism"
    got = labels(extract_learned('"Lebanon will stay away from the fires burning around it," Aoun told lawmakers. '
                                 '"We will deal with terrorism preemptively."'))
    assert ("Aoun", "supports", "terrorism") not in got, got
    assert ("Aoun", "opposes", "terrorism") in got, got
    # written: the act destroyed is opposed; an act named whole ("scrap fees") stays backed
    got = labels(extract_learned('"We will crush inflation and destroy the old bureaucracy," the minister Jan Novak said.'))
    assert ("Jan Novak", "supports", "old bureaucracy") not in got, got


def threats(got) -> set:
    return {(a, t) for a, r, t in got if r == "threatens"}


def test_force_a_side_will_use_on_people_threatens(extract):
    # probe28c, probe25y, probew16h
    got = labels(extract('"We will hunt down the gangs and we will defeat them," Kristersson told a press conference '
                         'in Stockholm.'))
    assert threats(got) == {("Kristersson", "hunt down gangs")}, got
    got = labels(extract('"India will identify, track and punish every terrorist and their backers," Narendra Modi said.'))
    assert ("Narendra Modi", "punish terrorist") in threats(got), got
    got = labels(extract('"Those who want to cause trouble will not be tolerated. We will deal with them firmly," '
                         'Mugabe told supporters.'))
    assert ("Mugabe", "deal with them firmly") in threats(got), got
    # probew16m: vowed, as "vowed to hunt down the killers" was
    got = labels(extract('Buhari, a former military ruler, has vowed to deal with the militants "as we dealt with Boko '
                         'Haram" and has deployed troops to the creeks of the delta.'))
    assert ("Buhari", "deal with militants") in threats(got), got


def test_an_answer_in_force_threatens(extract):
    # probe25y's "responded with full force", written in the active
    got = labels(extract('"We will respond with full force," the minister Jan Novak said.'))
    assert ("Jan Novak", "response") in threats(got), got
    got = labels(extract('"We will respond with facts and figures," the minister Jan Novak said.'))
    assert not threats(got), got


def test_a_vow_of_ones_own_policy_or_a_fight_against_a_thing_is_no_threat(extract):
    # written: a fight for jobs, an electoral defeat, a fight against poverty, a thing crushed, a forecast of
    # another's act, a deal with a country, a promise denied
    for text in ['"We will fight for jobs and we will defeat Labour at the election," the minister Jan Novak said.',
                 '"We will fight poverty and we will crush inflation," the minister Jan Novak said.',
                 "Jan Novak said Iran would destroy Israel.",
                 '"We will deal with Iran through diplomacy," the minister Jan Novak said.',
                 '"We will not punish the protesters," the minister Jan Novak said.',
                 '"We will cut taxes and build more homes," the minister Jan Novak said.',
                 "The minister Jan Novak vowed to deal with the housing crisis."]:
        got = labels(extract(text))
        assert not threats(got), (text, got)
