"""Misses the probe writer found on 2025 news written in an outlet's style (probe29a); each sentence
here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}
