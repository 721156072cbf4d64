"""What probe round 30c found missed or misread on 2025 news its writer wrote; each sentence here
is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_what_was_said_before_the_act_is_no_second_target(extract_learned):
    got = labels(extract_learned("The interior ministry said 27 police officers had been injured and accused "
                                 "protesters of attacking officers with stones and flares."))
    assert ("Interior ministry", "accuses", "protesters") in got, got
    assert not any("police officers" in (t or "") for _, _, t in got), got
    got = labels(extract_learned('Amnesty International said it had documented "excessive and unlawful use of force" '
                                 "against demonstrators and demanded an independent investigation."))
    assert ("Amnesty International", "demands", "independent investigation") in got, got
    assert not any("documented" in (t or "") for _, _, t in got), got

