"""Misses of probe40b (May 2025 news: the Tehran Times, the Inquirer, MercoPress, Stuff, Hungary Today)."""
from __future__ import annotations

from conftest import labels


def test_a_clause_before_a_semicolon_is_its_own(extract):
    # a headline's two clauses joined by ";": the small model made the first a reported clause of the
    # second's verb, so Xi's offer was lost and Lula's call took it for a target
    got = labels(extract('Xi offers Latin America 66 billion yuan credit line; Lula calls for end to "tariff war"\n\n'
                         'Chinese President Xi Jinping spoke in Beijing.'))
    assert any(a == "Xi Jinping" and r == "proposes" and "credit line" in t for a, r, t in got)
    assert not any(a.startswith("Luiz") and "offers" in (t or "") for a, r, t in got)


def test_a_call_after_a_semicolon_is_found(extract):
    got = labels(extract("Lithuanian PM Paluckas resigns amid business probe; Nausėda calls for swift new government\n\n"
                         "President Gitanas Nausėda spoke in Vilnius."))
    assert any(r == "demands" and "government" in (t or "") for a, r, t in got)
