"""The relation of an actor's second act, read off the verb conjoined to the actor's own that carries it.
"Amit Shah praised the party workers and urged the legislators to fulfil the promises", "Noda welcomed
Komeito's move and invited the DPP to join talks": the relation stage reads one relation per actor and
sentence, the first act's, so the learned second target beside it took the first act's relation ("supports
join talks"); a conjoined verb that shares the actor's subject and holds the second target in its clause is
that act's own cue ("invited": proposes, "urged": demands)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import verbal_cue
from kg.extract.modality import negated
from kg.extract.target_candidates import pair_features
from kg.lexicon import load_lexicon

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# a conjoined "warned that ..." is a warning's cue, but what it carries is a prediction that the gold codes
# as the actor's stance on the matter, not a threat (probes: 7 of 8 such second acts read "threatens" were wrong)
UNREAD = frozenset({"threatens"})


def conjuncts(verb: Token) -> set[int]:
    """The verbs conjoined to ``verb`` (and to them) that have no subject of their own: they share its."""
    out, todo = set(), [verb]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in SUBJECTS for g in c.children):
                out.add(c.i)
                todo.append(c)
    return out


def conjunct_relation(actor_tok: Token | None, target_tok: Token | None) -> str | None:
    """The relation of the verb conjoined to the actor's verb whose clause holds ``target_tok``, where
    that verb is a cue and not negated; None where the target is in the actor's own verb's clause."""
    if actor_tok is None or target_tok is None or actor_tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = actor_tok.head
    shared = conjuncts(verb)
    t = target_tok
    while t.i not in shared:
        if t.i == verb.i or t.head.i == t.i:  # (spaCy makes a new Token each access: compare indices)
            return None
        t = t.head
    cue = verbal_cue(load_lexicon(), t)
    return None if cue is None or negated(t) or cue.relation in UNREAD else cue.relation


def second_act(c, rp: dict[str, float], target_model, other: tuple | None) -> tuple | None:
    """``other`` (relation, its probability, target, the target's probability), the learned second
    act, with the relation of the conjoined verb that carries its target where that differs, the
    target's probability read again under it."""
    if other is None or other[2] is None:
        return other
    rel = conjunct_relation(c.token, other[2].token)
    if rel is None or rel == other[0]:
        return other
    # the conjoined verb's cue speaks as plainly as the act the stage read first: its relation
    # takes the likeliest relation's probability, not the small share one distribution per actor leaves it
    return rel, max(rp.values(), default=0.0), other[2], target_model.p_true(pair_features(rel, c, other[2]))
