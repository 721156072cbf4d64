"""The rarer relations (rejects, threatens) where kg read no statement: a spokesman's or a minister's
body refusing an act to come is the speaker's refusal. Sentences from the probes and written ones."""
from __future__ import annotations

from conftest import labels


def test_a_spokesman_for_the_party_refusing_is_his_refusal(extract):
    # probe34a
    got = labels(extract("MCP spokesperson Jessie Kabwila said the party would not challenge the results in court."))
    assert any(a == "Jessie Kabwila" and r == "rejects" for a, r, _ in got), got


def test_a_spokesman_for_the_group_refusing_is_his_refusal(extract):
    # probe26b
    got = labels(extract("Lawrence Kanyuka, a spokesman for the rebels, told AFP the group would not withdraw from "
                         "Goma or Bukavu."))
    assert any(a == "Lawrence Kanyuka" and r == "rejects" for a, r, _ in got), got


def test_a_refusal_to_take_part_names_what_is_refused(extract):
    # written: "take part in the talks" refuses the talks, not "part"
    got = labels(extract("Party spokesman John Smith said the party would not take part in the talks."))
    assert any(a == "John Smith" and r == "rejects" and "talks" in (t or "") for a, r, t in got), got


def test_a_minister_for_the_government_refusing_is_his_refusal(extract):
    # probe34a
    got = labels(extract("Finance Minister Jens Stoltenberg told broadcaster NRK that the government would not touch "
                         "the country's sovereign wealth fund."))
    assert any(a == "Jens Stoltenberg" and r == "rejects" for a, r, _ in got), got


def test_an_opposition_leader_on_the_government_is_no_refusal(extract):
    # written: the government's act foretold by its opponent is a forecast, not his refusal
    got = labels(extract("Opposition leader John Smith said the government would not touch the pension fund."))
    assert not any(a == "John Smith" and r == "rejects" for a, r, _ in got), got
    got = labels(extract("Shadow chancellor John Smith said the government would not touch the pension fund."))
    assert not any(a == "John Smith" and r == "rejects" for a, r, _ in got), got


def test_a_council_leader_for_the_authority_proposing_is_his_proposal(extract):
    # probebbc
    got = labels(extract("Birmingham City Council leader Mike Whitby said the authority would review its procedures."))
    assert any(a == "Mike Whitby" and r == "proposes" for a, r, _ in got), got


def test_a_minister_for_the_government_proposing_is_his_proposal(extract):
    # probe34c
    got = labels(extract("Finance Minister Cheikh Diba said the government would present a recovery plan to "
                         "parliament next month."))
    assert any(a == "Cheikh Diba" and r == "proposes" and "recovery plan" in (t or "") for a, r, t in got), got


def test_a_party_leader_on_the_government_is_no_proposal(extract):
    # written: a leader of another body forecasting the government's act proposes nothing
    got = labels(extract("Labour leader John Smith said the government would review the pension rules."))
    assert not any(a == "John Smith" and r == "proposes" for a, r, _ in got), got


def test_a_legal_challenge_considered_threatens(extract):
    # probebbc: a legal challenge one will consider or bring is a threat, as "legal action"
    got = labels(extract("Chief executive Paul Waterson said the association would consider a legal challenge."))
    assert any(r == "threatens" and "challenge" in (t or "") for a, r, t in got), got
