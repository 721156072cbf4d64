"""Actors named by a role, a body or a collective ("the party", "the militant group", "the
coach") where the article named the holder before; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_described_group_is_the_group_just_named(extract):
    got = labels(extract("Hamas rejected the proposal late on Tuesday. "
                         "The militant group demanded a full Israeli withdrawal from Gaza."))
    assert ("Hamas", "demands", "Israeli withdrawal") in got, got
    # "the new group" brings in another body
    got = labels(extract("Hamas rejected the proposal late on Tuesday. The new group demanded a full withdrawal."))
    assert not any(a == "Hamas" and r == "demands" for a, r, _ in got), got


def test_a_team_head_is_the_one_named_by_any_of_its_titles(extract):
    got = labels(extract("Arsenal manager Mikel Arteta heaped praise on his young defenders. "
                         "The coach criticised the referees for their decisions."))
    assert ("Mikel Arteta", "opposes", "referees") in got, got
    got = labels(extract("The coach of the national team, Gareth Southgate, defended his selection. "
                         "The manager praised the players for their attitude."))
    assert ("Gareth Southgate", "praises", "players") in got, got


def test_the_opposition_leader_is_the_leader_of_a_party(extract):
    got = labels(extract("Opposition leader Peter Dutton visited Perth on Monday. "
                         "The Liberal leader proposed a cut in fuel excise."))
    assert ("Peter Dutton", "proposes", "cut in fuel excise") in got, got  # (the "in" of a change kept: probebbc19)


def test_a_state_s_democrat_is_the_politician_just_named(extract):
    got = labels(extract("Senator Elizabeth Warren questioned the nominee. "
                         "The Massachusetts Democrat accused the administration of hiding documents."))
    assert any(a == "Elizabeth Warren" and r == "accuses" for a, r, _ in got), got


def test_a_body_described_by_what_it_does_is_the_body_just_named(extract):
    got = labels(extract("Ofcom launched an investigation into the broadcaster on Monday. "
                         "The regulator accused the channel of breaching impartiality rules."))
    assert any(a == "Ofcom" and r == "accuses" for a, r, _ in got), got
    got = labels(extract("The European Union agreed new tariffs on Chinese electric cars. "
                         "The bloc accused Beijing of unfair subsidies."))
    assert ("European Union", "accuses", "China") in got, got
    # the body acted on is not the one that acts next
    got = labels(extract("The watchdog fined Barclays on Monday. The regulator criticised the bank's controls."))
    assert not any(a == "Barclays" for a, _, _ in got), got
