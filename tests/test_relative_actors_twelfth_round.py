"""Actors of relative clauses: the noun a "who"/"which" clause qualifies acts in that
clause though it is the main verb's object, when a named side marks whose group it is
("Palestinian and Lebanese militant groups who oppose peace"); a generic group in such a
clause ("employees who raise concerns") is background and takes no stance."""
from __future__ import annotations

from conftest import triples


def test_a_described_group_acts_in_its_relative_clause(extract):
    # from a train article (Reuters 2016): coded Palestinian and Lebanese militant groups · opposes · peace
    text = ("Iran marked the day with rallies. "
            "Shi'ite Muslim Iran backs Palestinian and Lebanese militant groups who oppose peace with Israel.")
    got = {(a, r) for a, r, _ in triples(extract(text))}
    assert ("Palestinian and Lebanese militant groups", "opposes") in got
    assert ("Iran", "supports") in got


def test_a_generic_group_in_a_relative_clause_takes_no_stance(extract):
    # written for the test: no side names the employees, so they are no actor
    text = ("The union met ministers. "
            "The government should protect employees who oppose unsafe working practices, the union said.")
    got = {a for a, _, _ in triples(extract(text))}
    assert not any(a.lower().startswith("employees") for a in got)
