"""Misses the probe writers found on 2025 news they wrote (outlets no shared set has); each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_party_wing_acts_as_a_body(extract):
    got = labels(extract("Pakatan Harapan's youth wing criticised the ruling and demanded a stay of execution."))
    assert any(a.endswith("youth wing") and r == "opposes" for a, r, _ in got), got
    assert any(a.endswith("youth wing") and r == "demands" for a, r, _ in got), got
    got = labels(extract("Hamas's armed wing said it rejected the proposal."))
    assert any("wing" in a and r == "rejects" for a, r, _ in got), got


def test_a_named_doer_in_an_as_or_while_clause_acts_for_itself(extract):
    got = labels(extract("Anwar Ibrahim said the government would not interfere as UMNO welcomed the decision."))
    assert not any(a == "Anwar Ibrahim" and r in {"supports", "praises"} for a, r, _ in got), got
    assert any(a == "UMNO" and r in {"supports", "praises"} for a, r, _ in got), got
    got = labels(extract("Merz says coalition talks will continue as the SPD rejects the tax plan."))
    assert not any(a == "Friedrich Merz" and t == "tax plan" for a, _, t in got), got
    got = labels(extract("Smith says she will respect the process, while Poilievre accuses Ottawa of fuelling "
                         "western alienation."))
    assert any(a.endswith("Poilievre") and r == "accuses" for a, r, _ in got), got
    assert not any(a == "Smith" and r == "accuses" for a, r, _ in got), got
