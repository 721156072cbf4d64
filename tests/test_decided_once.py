"""Speed, second round: what is decided once is the same as what is decided anew."""
from __future__ import annotations

from dataclasses import replace

from test_learned import units_of


def test_a_candidate_is_decided_once_per_models_and_as_decide_would():
    from kg.extract.learned import decide, decided, load_models

    models = load_models()
    units = units_of("The union's leader said on Monday that the workers would reject the offer. "
                     "The minister urged both sides to return to talks.")
    pairs = [(u, c) for u in units for c in u.actors]
    assert pairs
    for unit, c in pairs:
        first = decided(unit, c, models)
        assert decided(unit, c, models) is first  # asked again: the same decision, not decided anew
        fresh = decide(unit, c, models)
        assert (first.relation, first.p_relation, first.target and first.target.label, first.p_target) == \
            (fresh.relation, fresh.p_relation, fresh.target and fresh.target.label, fresh.p_target)
    unit, c = pairs[0]
    before = decided(unit, c, models)
    other = replace(models)  # other models (a fold's in ``kg train``): decided anew
    assert decided(unit, c, other) is not before and c.decision[0] is other
