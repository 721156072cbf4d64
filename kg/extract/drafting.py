"""How the sentence extractor keeps a draft: one statement per actor of a
coordination ("Merkel, Hollande and Obama urged"), per coordinated target
("sanctions and a travel ban", "criticised Blair and Brown"), and a claim opposed
kept as rejected. A mixin of ``kg.extract.statements.SentenceExtractor``."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.clauses import Cue
from kg.extract.context import Draft
from kg.extract.grievances import grievance_issues
from kg.extract.meeting_acts import meeting_as_act
from kg.extract.target_lists import conjoined_targets, named_in_apposition, second_objects
from kg.extract.target_tokens import target_from
from kg.extract.targets import names_a_claim
from kg.records import Actor


class DraftKeeping:
    """Mixed into ``SentenceExtractor`` (its ``ctx``, ``lex``, ``drafts``, ``voices``, ``quote_of`` and ``actor_of``)."""

    def take_position(self, verb: Token, relation: str, issue: Token, cue: Token, confidence: float = 0.55) -> None:
        """Who does ``verb`` (or says so) takes ``relation`` on the issue ``issue``
        names; an actor is no issue."""
        actor, relayed = self.actor_of(Cue(verb, relation))
        if actor is None:
            return
        target, quals, _ = target_from(self.ctx, issue)
        if target is None or isinstance(target, Actor):
            return
        self.add(Draft(actor, relation, target, quals, cue=cue, reported_by=relayed, confidence=confidence))

    def add_coordinated(self, d: Draft, target_tok: Token | None) -> None:
        """Keep a draft and one per further coordinated target ("sanctions and a
        travel ban"), a little less confident; a coordination of named actors as the target
        ("against the DOJ, Lynch and Gupta") one per actor, as the coders code them; a
        criticism of a person also opposes the issue it is about (``grievance_issues``)."""
        if isinstance(d.target, Actor) and d.relation in {"opposes", "accuses"} and d.cue is not None:
            for issue in grievance_issues(self.lex, d.cue):  # "took shots at Sanders on his plan": opposes the plan
                target, quals, _ = target_from(self.ctx, issue)
                if target is not None and not isinstance(target, Actor) and not names_a_claim(self.lex, target.label):
                    # "criticised Blair over reports of a rift": a claim is the occasion, not the critic's issue
                    self.add_coordinated(replace(d, relation="opposes", target=target, qualifiers=quals,
                                                 confidence=d.confidence - 0.1), issue)
        if isinstance(d.target, Actor) and d.target.members:
            for member in d.target.members:
                if member != d.actor.actor:
                    self.add(replace(d, target=member))
            return
        self.add(d)
        if d.relation == "consults":  # "would meet union leaders and victims' groups": each party met, though unnamed
            for c in (*target_tok.conjuncts, *second_objects(target_tok)) if target_tok is not None and d.cue is not None else ():
                if c.i > target_tok.i and (met := self.met_unnamed(d.cue, c)) is not None and met not in {d.target, d.actor.actor}:
                    self.add(replace(d, target=met, confidence=d.confidence - 0.05))
            return
        for t2, q2 in conjoined_targets(self.ctx, target_tok):
            if t2 != d.target:
                self.add(replace(d, target=t2, qualifiers=q2, confidence=d.confidence - 0.05))

    def add_apposed_names(self, d: Draft, target_tok: Token | None) -> None:
        """One draft more for each further name coordinated with the name in apposition to a
        party's title ("met Vietnam's party chief Nguyen Phu Trong and Prime Minister Nguyen Xuan
        Phuc": the parser makes "chief" the object, the second name the first one's conjunct)."""
        if not isinstance(d.target, Actor) or d.target.members or target_tok is None:
            return
        for name in named_in_apposition(target_tok):
            m = self.ctx.resolver.resolve(name)  # the name resolves to the pair it closes
            for one in (m.actor.members or (m.actor,)) if m is not None else ():
                if one.kind == d.target.kind and one not in {d.target, d.actor.actor}:
                    self.add(replace(d, target=one, confidence=d.confidence - 0.05))

    def add(self, d: Draft) -> None:
        """Keep a draft; a coordination of named actors ("both Russia and Ukraine
        express openness", "Merkel, Hollande and Obama urged") gives one
        statement per actor, as coders of discourse networks do."""
        if d.cue is not None:
            d.quote = self.quote_of(d.cue)
            d = meeting_as_act(self.lex, d)  # "would not negotiate with Iran": the negotiating is rejected
        if d.relation == "opposes" and d.target is not None and not isinstance(d.target, Actor) \
                and names_a_claim(self.lex, d.target.label):
            d = replace(d, relation="rejects")  # "said the allegations were false": a claim opposed is rejected
        if d.actor.parts:
            for part in d.actor.parts:
                if not (isinstance(d.target, Actor) and d.target == part.actor):
                    self.drafts.append(replace(d, actor=part))
            return
        self.drafts.append(d)
        # "Sun said China wanted to solve the dispute", "Alan Milburn has said Labour will pursue
        # reforms": the named speaker of his state's or party's stance takes it as well (train +3 full)
        voice = self.voices.get(d.reported_by[0]) if d.reported_by else None
        if voice is not None and d.actor.actor.kind in {"country", "organisation"}:
            self.drafts.append(replace(d, actor=voice, reported_by=()))
