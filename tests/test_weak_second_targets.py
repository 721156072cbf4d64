"""A weak second target of one relation beside a confident one, for one actor in one sentence, is
dropped (``kg/extract/second_targets.py``). The sentence is from the train set (a BBC article)."""
from __future__ import annotations

from conftest import labels


def test_a_guessed_second_demand_beside_a_confident_one_is_dropped(extract_learned):
    text = ('Welsh councils should set their taxes at "reasonable levels" after being given an average '
            'funding increase of 6%, says the assembly government.')
    got = labels(extract_learned(text))
    demands = [t for a, r, t in got if r == "demands"]
    assert demands and not any(t and "funding increase" in t for t in demands), got
