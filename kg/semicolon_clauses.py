"""A clause before a semicolon the small model made the reported clause of the verb after it ("Xi
offers Latin America a credit line; Lula calls for an end to the tariff war": "offers" a 'ccomp' of
"calls"): a semicolon joins two sentences' worth of clauses, never a verb and what it reports, so the
first clause is cut loose from the second (a bare 'dep': not 'parataxis', which kg reads as a speech verb's
report, "Ukraine expects a ceasefire, Zelensky said") and each verb keeps its own act."""
from __future__ import annotations

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def semicolon_clauses(sent) -> list:
    """The verbs with a subject of their own that hang as a 'ccomp' on a verb to their right with a
    semicolon between them (the clause's last word before it, the governing verb's subject after it)."""
    found = []
    for verb in sent:
        head = verb.head
        if verb.dep_ != "ccomp" or head.i <= verb.i or not any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        between = verb.doc[verb.right_edge.i + 1:head.i]
        if any(t.text == ";" for t in between):
            found.append(verb)
    return found
