"""Acts a side says it "will not hesitate" to do: '"We will not hesitate to use all the tools at our disposal"',
"warned that the government would not hesitate to use those powers", 'would "not hesitate to act" if ...': the
phrase holds the act over others whatever the act (probes: each such gold statement threatens; kg read those whose
verb is no consequence verb as nothing). Acts the consequence rules read ("not hesitate to reimpose sanctions")
stay theirs; an act one may take for another ("would not hesitate to help") is no threat."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import to_come, verbal_cue
from kg.extract.vowed_force import ARMS, FIRST_PERSON

FRIENDLY = frozenset({"help", "support", "assist", "defend", "protect", "welcome", "praise", "thank", "back", "accept",
                      "agree", "join", "talk", "meet", "negotiate", "cooperate", "say", "ask", "call", "speak"})


def unhesitating_act(verb: Token) -> bool:
    """The verb is the act of a future, negated "hesitate" ("will not hesitate to use force")."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.pos_ == "VERB" and head.lemma_.lower() == "hesitate" and to_come(head) \
        and any(c.dep_ == "neg" for c in head.children) and verb.lemma_.lower() not in FRIENDLY


def hesitation_threat(rules, verb: Token) -> bool:
    """A side's act it will not hesitate to do, told by its speaker: the speaker's threat (True: read here)."""
    from kg.extract.conditional_threats import CONSEQUENCE_HEADS, teller_of
    from kg.extract.consequences import own_threat
    from kg.extract.context import Draft
    from kg.extract.subjects import subject_of
    from kg.records import Actor
    lemma = verb.lemma_.lower()
    if not unhesitating_act(verb) or lemma in rules.lex.consequence_verbs or lemma in CONSEQUENCE_HEADS:
        return False
    cue = verbal_cue(rules.lex, verb)
    if cue is not None and cue.relation not in {"threatens", "rejects", "opposes"}:
        return False  # ("would not hesitate to back the plan": a stance of its own)
    subj, speaker = subject_of(verb.head), teller_of(rules, verb)
    if subj is None or speaker is None:
        return False
    side = rules.ctx.resolver.resolve(subj, speaker)
    if not (subj.lower_ in FIRST_PERSON or subj.lemma_.lower() in ARMS or (side is not None and (
            side.actor == speaker.actor or side.actor.kind in {"country", "organisation"}))):
        return False  # ("said Clinton would not hesitate to raise taxes": a forecast of another's act)
    target, quals, _ = own_threat(rules.ctx, verb)
    if target is None or isinstance(target, Actor):
        return False
    rules.add(Draft(speaker, "threatens", target, quals, cue=verb, confidence=0.6))
    return True
