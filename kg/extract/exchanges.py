"""Bargains as conditions: "Liberals demanded Heath quit in return for co-operation", "offering him
an amnesty in return for renouncing violence", "agreed to back it in exchange for funds", "demanded
a withdrawal as a condition for a ceasefire". The phrase hangs on the cue verb, its object or the act
it governs; the nearest cue above it is the bargain. What is demanded is the condition of what is
given in return; what is offered, promised or backed is conditioned on what is asked in return."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.acts import verb_phrase
from kg.extract.clauses import object_of, pobj
from kg.extract.context import Draft
from kg.extract.target_tokens import target_from
from kg.records import Actor, Topic

ASKING = {"demands"}  # a demand's own object is the condition; other cues give what is conditioned
BARGAINING = ASKING | {"proposes", "supports"}  # an offer, a promise, a backing; an accusation or a verdict
# ("accused the government of giving them away in exchange for aid") tells of another's bargain


def bargain_phrase(lex, tok: Token) -> Token | None:
    """What ``tok`` (the preposition "in" of "in return for Y", "as" of "as a condition for Y") asks
    in return: Y's head, a noun or a gerund, or None where ``tok`` opens no bargain phrase."""
    if tok.dep_ != "prep":
        return None
    for words in lex.exchange_phrases:
        if tok.lower_ != words[0]:
            continue
        noun = pobj(tok)
        if noun is None or noun.lower_ != words[-2]:
            continue
        if len(words) > 3 and not any(c.dep_ == "det" and c.lower_ == words[1] for c in noun.children):
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == words[-1]), None)
        if prep is not None:
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def bargains(ext) -> None:
    """Make each bargain phrase of ``ext``'s sentence a ``conditions`` statement: a demand becomes one
    (coders code "demanded X in return for Y" once, as demands or conditions); an offer, promise or
    backing keeps its own statement beside the condition it is given on."""
    for tok in ext.sent:
        asked = bargain_phrase(ext.lex, tok)
        if asked is None:
            continue
        above = [tok.head, *tok.head.ancestors]
        bargained = []
        for a in above:
            at = [d for d in ext.drafts if d.cue is not None and d.cue.i == a.i and d.target is not None]
            if at:
                # "agreed a deal to send back migrants in return for rewards": the deal's terms, no one's condition
                bargained = [d for d in at if d.relation in BARGAINING] if not any(d.relation == "accepts" for d in at) else []
                break
        cue = bargained[0].cue if bargained else None
        if cue is None or (tok.i < cue.i and any(c.dep_ == "nsubjpass" and c.i < tok.i for c in cue.children)):
            continue  # "X's handover, in return for two prisoners, had been demanded by the West": the deal, not theirs
        other = target_from(ext.ctx, asked)[0]
        obj = object_of(asked)
        if asked.tag_ == "VBG" and obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            other = Topic(label=verb_phrase(asked, most=6))  # "in return for renouncing violence": the act
        if other is None:
            continue
        for d in bargained:
            if (isinstance(other, Actor) and other == d.actor.actor) or other == d.target:
                continue
            if d.relation in ASKING:  # one statement, as coders code it: the demand is the condition of what it buys
                ext.drafts[ext.drafts.index(d)] = replace(d, relation="conditions", condition_of=other)
                continue
            ext.add(Draft(d.actor, "conditions", other, (), condition_of=d.target, cue=d.cue,
                          reported_by=d.reported_by, confidence=0.6))
