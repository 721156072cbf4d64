"""Neutral reports read as accusations: "Ishiba said Akazawa would travel to Washington", "officials said
Trump was considering new tariffs". The learned stage, with no rule behind it, takes the reported clause's
subject as accused; where that clause's verb is a plain act (travel, meet, consider, announce) and its words
hold no negative one (VADER), the speaker only reports what the other does: no accusation."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.valence import scores

# plain acts a report tells of without blame: going, meeting and talking, weighing and deciding, announcing
NEUTRAL_ACTS = frozenset({
    "travel", "visit", "meet", "speak", "talk", "attend", "arrive", "fly", "tour", "host", "join",
    "consider", "weigh", "plan", "study", "review", "discuss", "decide", "prepare", "announce",
    "name", "nominate", "appoint", "sign",
})

SUBJECTS = ("nsubj", "nsubjpass")


def neutral_act_of(target: Token | None, actor: Token | None, quotes=()) -> bool:
    """The target is the subject (or its apposition: "the negotiator, Akazawa, would travel") of a
    plain act in a clause other than the actor's own, and that clause holds no negative word. Not inside a
    quotation (``quotes``: the sentence's): "they are talking about those things," a speaker's own words about
    others, reproach in what they leave unsaid (train: both such were right accusations)."""
    if target is None or any(q.start <= target.idx < q.end for q, _ in quotes):
        return False
    subj = target
    while subj.dep_ == "appos" and subj.head is not subj:
        subj = subj.head
    if subj.dep_ not in SUBJECTS:
        return False
    verb = subj.head
    if verb.lemma_.lower() not in NEUTRAL_ACTS or (actor is not None and actor.head is verb):
        return False
    words = list(verb.subtree)
    return scores(" ".join(w.text for w in words))["neg"] == 0
