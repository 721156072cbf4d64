"""The one praised or accused, where it is a nation's people or a body its adjective describes: the group
as written ("the Kenyan officers", "Bolivians", "Egyptian investigators"), as when it is a subject,
not the state (accuses and praises recall; sentences from the probes and train)."""
from __future__ import annotations

from conftest import labels


def test_officers_described_by_their_nation_are_the_ones_praised_not_the_state(extract):
    got = labels(extract("Kenyan President William Ruto, whose country has led the current mission since 2024, "
                         "praised the Kenyan officers who served in Haiti and said Nairobi was ready to support the transition."))
    assert ("William Ruto", "praises", "Kenyan officers") in got, got
    assert ("William Ruto", "praises", "Kenya") not in got, got


def test_a_nations_people_in_the_plural_are_the_ones_praised(extract):
    got = labels(extract("The Organization of American States, which sent observers, praised Bolivians for voting "
                         "peacefully and called on all parties to accept the results."))
    assert ("Organization of American States", "praises", "Bolivians") in got, got
    assert ("Organization of American States", "praises", "Bolivia") not in got, got


def test_the_people_of_a_nation_thanked(extract):
    got = labels(extract("Japan's Foreign Minister Fumio Kishida also welcomed the result and praised the Taiwanese "
                         "people for a successful election."))
    assert ("Fumio Kishida", "praises", "Taiwanese people") in got, got


def test_investigators_described_by_their_nation_are_the_ones_accused(extract):
    got = labels(extract("Italian prosecutors have accused Egyptian investigators of failing to hand over telephone "
                         "records and video footage they had requested."))
    assert ("Italian prosecutors", "accuses", "Egyptian investigators") in got, got
    assert ("Italian prosecutors", "accuses", "Egypt") not in got, got


def test_units_of_a_nation_accused(extract):
    got = labels(extract("Amnesty International accused some Iraqi units of torturing and executing villagers "
                         "suspected of links to Islamic State and called on the government to investigate."))
    assert ("Amnesty International", "accuses", "Iraqi units") in got, got


def test_a_party_word_closing_a_longer_name_is_no_nation(extract_learned):
    # train: "Democrat" ends the party's name; the leaders are no nation's people, and no "Welsh Liberal" is praised
    got = labels(extract_learned(
        "Mike German, leader of the Liberal Democrats in the assembly, claimed that one in three homes were still likely "
        "to face council tax rises due to rebanding. Mr German said: \"I know from my discussions with Welsh Liberal "
        "Democrat council leaders that they are doing their utmost to keep council tax to a minimum.\""))
    assert ("Mike German", "consults", "Welsh Liberal Democrat council leaders") in got, got
    assert not any(t == "Welsh Liberal" for _, _, t in got), got


def test_the_state_praised_by_name_stays_the_state(extract):
    got = labels(extract("Vladimir Putin praised the role of North Korean troops."))
    assert ("Vladimir Putin", "praises", "North Korea") in got, got


def test_a_nations_envoy_named_nowhere_stays_the_envoy(extract):
    # one person's role the text names no one for ("summoned the Chinese envoy") stays as written, while
    # "praised the American leader" after "Donald Trump" is Trump (test_wire_probes_2025_sixth_round)
    got = labels(extract("Indonesia summons Chinese envoy over Natuna fishing boat clash\n\n"
                         "JAKARTA (Reuters) - Indonesia summoned the Chinese ambassador on Monday."))
    assert any(t == "Chinese envoy" for _, _, t in got), got
