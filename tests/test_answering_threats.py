"""Praise and threats kg missed: each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_vow_to_respond_threatens_a_response(extract):
    # coders name the threatened act as said: a response, not a retaliation
    got = labels(extract("Prime Minister Jan Novak warned that Ruritania would respond strongly to any new attack."))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
    got = labels(extract('"If they fire again, we will respond," Defence Minister Jan Novak said.'))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got


def test_an_answer_vowed_to_any_attack_is_a_threat(extract):
    # "any" puts the condition in the object: "would respond to any attack" = "would respond if attacked"
    got = labels(extract("Prime Minister Jan Novak said Ruritania would respond to any attack on its border."))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
    got = labels(extract("Jan Novak said Ruritania would retaliate against any aggression."))
    assert any(r == "threatens" and t == "retaliation" for _, r, t in got), got
    # an answer to a given thing is no threat
    got = labels(extract("Jan Novak said Ruritania would respond to the letter next week."))
    assert not any(r == "threatens" for _, r, t in got), got


def test_countermeasures_taken_to_come_are_a_threat(extract):
    got = labels(extract('"Ruritania will resolutely take countermeasures," the spokesman Jan Novak said.'))
    assert ("Jan Novak", "threatens", "countermeasures") in got, got


def test_a_threat_to_move_a_thing_names_where(extract):
    # "threatened to put Panama" says nothing: the act is where it is put
    got = labels(extract("The finance minister Jan Novak threatened to put Panama back on the tax haven list."))
    assert ("Jan Novak", "threatens", "put Panama back on tax haven list") in got, got
    got = labels(extract("Prime Minister Viktor Orban threatened to take Hungary out of the European Union."))
    assert any(r == "threatens" and t == "take Hungary out of European Union" for _, r, t in got), got
