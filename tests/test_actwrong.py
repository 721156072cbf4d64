"""Actor choice: who a pronoun or a described actor stands for; each sentence here is written
for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_they_after_they_keeps_the_group_it_stands_for(extract, extract_learned):
    # "And they pledged" follows "They said ...", whose "they" is the Conservatives: not the
    # Home Office named in between
    text = ("The Home Office wants new powers. Despite their doubts, the Conservatives insisted they would hold "
            "ministers to account. They said they would also question the Home Office over the costs. "
            "And they pledged to oppose the scheme in the Commons.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(a == "Home Office" and r == "opposes" for a, r, _ in got), got
        assert ("Conservative Party", "opposes", "scheme") in got, got
