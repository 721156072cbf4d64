"""Misses the probe writer found on 2025 news written in an outlet's style (probe29a); each sentence
here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_president_is_the_holder_last_in_view(extract):
    text = ("Panamanian President Jose Raul Mulino on Thursday rejected pressure from Washington over the canal.\n\n"
            "US President Donald Trump has repeatedly said the United States should take back the canal.\n\n"
            "Mulino backed the audit of the port operator.\n\n"
            "The president also ruled out any agreement that would allow a permanent US military presence.")
    got = labels(extract(text))
    assert any(a == "Jose Raul Mulino" and r == "rejects" and t.startswith("agreement") for a, r, t in got), got
    assert not any(a == "Donald Trump" and r == "rejects" for a, r, _ in got), got
