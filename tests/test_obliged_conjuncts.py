"""An act joined by "and" to one its subject is told it should or must do is asked too, not done: "said
Russia should withdraw its troops and accept the peace plan" states no acceptance by Russia (written, the
construction the thirty-eighth session's second-acts analysis found on the probes)."""
from __future__ import annotations

from conftest import labels


def test_a_bare_conjunct_of_an_obliged_act_is_not_done(extract):
    got = labels(extract("The French foreign minister said Russia should withdraw its troops and accept the "
                         "peace plan."))
    assert not any(a == "Russia" and r == "accepts" for a, r, _ in got), got


def test_a_conjunct_with_its_own_subject_states_its_act(extract):
    got = labels(extract("Russia should withdraw its troops, and Ukraine accepted the peace plan on Monday."))
    assert any(a == "Ukraine" and r == "accepts" for a, r, _ in got), got
