"""Existence denied or called for in someone's words: "said there would be no
spending spree" rejects the spree, as "there is no need to raise taxes" rejects the rise;
"there was no place for vindictiveness" opposes the thing; "there is no question of a
referendum" rejects it; "there should be an
investigation" demands it. A mixin of ``kg.extract.statements.SentenceExtractor``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import pobj, to_come
from kg.extract.subjects import speech_frame
from kg.extract.modality import hypothetical

# nouns whose denial turns against what they are for ("no need to", "no place for", "no case for")
WANTING = frozenset({"need", "place", "room", "case", "excuse", "justification", "reason", "call", "appetite"})
# ... of which those that rule the act out as unwanted, which rejects it ("there is no need to move them",
# train: 4 of 4 coded rejects) where "no place for vindictiveness" argues against it (opposes)
NEEDLESS = frozenset({"need", "call", "appetite"})
# nouns whose denial rules out what their of-phrase names ("there is no question of a referendum")
# or its infinitive or for-phrase ("said there were no plans to raise VAT", "no talk of returning Crimea")
RULED_OUT = frozenset({"question", "talk", "plan", "intention"})
DEONTIC = frozenset({"should", "must", "ought"})  # "there should be proper assessments"


class ExistentialRules:
    """Mixed into ``SentenceExtractor``."""

    def no_such(self, be: Token) -> None:
        """``be`` with an expletive "there" and a "no" noun, or a noun with should or
        must, in a quotation with a speaker or under a reporting verb."""
        if not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children) or hypothetical(be):
            return
        if any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in be.children):
            return  # "there would be no more readmissions if ...": a conditional threat, read as one
        if self.speaker_for(be) is None and speech_frame(self.lex, be) is None:
            return  # the journalist's own words
        # (a "proper noun" under "no" is a common one mis-tagged: "there would be no U-turn")
        noun = next((c for c in be.children if c.dep_ in {"attr", "nsubj"} and c.pos_ in {"NOUN", "PROPN"}
                     and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
        if noun is None and any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in be.children):
            called = next((c for c in be.children if c.dep_ in {"attr", "nsubj"} and c.pos_ == "NOUN"), None)
            if called is not None and not any(c.dep_ == "neg" for c in be.children):
                self.take_position(be, "demands", called, called)  # "there should be an investigation into ..."
            return
        if noun is None:
            return
        if noun.lemma_.lower() in WANTING:
            act = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)
            inner = act or next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            relation = "rejects" if noun.lemma_.lower() in NEEDLESS else "opposes"
        elif noun.lemma_.lower() in RULED_OUT:
            inner = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                          for c in p.children if c.dep_ in {"pobj", "pcomp"}), None) or next(
                (c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)), None)
            relation = "rejects"
        else:
            future = to_come(be)
            inner, relation = (noun, "rejects") if future else (None, "")
        if inner is None:
            return  # "there is no evidence": a claim about the world, not a position
        self.take_position(be, relation, inner, noun)
