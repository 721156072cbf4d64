"""Possessed roles and bodies ("his office", "her campaign", "its chief executive", "their
negotiators"): the actor a possessive pronoun names, and the person, group or body of it the
phrase is, labelled as theirs. A mixin of ``kg.extract.actors.ActorResolver`` (through
``kg.extract.roles.RoleReading``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.lexicon import fold
from kg.records import Actor

OWNED_BODIES = {"office", "campaign", "team", "camp"}  # what a person speaks through, by its own name
# nouns of another party that stands towards the owner, not within it ("its ally", "its critics"): no one of its own
FACING_NOUNS = frozenset({"ally", "partner", "rival", "enemy", "critic", "opponent", "adversary", "foe", "neighbour",
                          "neighbor", "friend"})


class PossessionReading:
    """The resolver's readings of possessed roles (its fields: ``lex``; its methods ``resolve``,
    ``_remember``, ``_span``)."""

    def _possessor(self, tok: Token, pronouns: set[str], kinds: set[str]) -> tuple[Token, Mention] | None:
        """The possessive pronoun before ``tok`` ("his office", "their spokeswoman") and the
        actor it names, where that actor is of one of ``kinds``."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is None or poss.lower_ not in pronouns:
            return None
        owner = self.resolve(poss)
        return (poss, owner) if owner is not None and owner.actor.kind in kinds else None

    def _possessed(self, actor: Actor, poss: Token, tok: Token) -> Mention:
        """The mention "its negotiators", "his office" makes of ``actor``, from the possessive to the noun."""
        return self._remember(Mention(actor, self._span(poss.idx, tok.idx + len(tok.text)), "role"))

    def owned(self, tok: Token) -> Mention | None:
        """"his office", "her campaign": the body of the person a possessive
        pronoun names, labelled as theirs ("Benjamin Netanyahu's office"), so a
        statement it makes is traced to them (news coders write "Sanders
        campaign" or the person; the label matches either)."""
        if fold(tok.lemma_) not in OWNED_BODIES or tok.tag_ in {"NNS", "NNPS"}:
            return None
        found = self._possessor(tok, {"his", "her", "its", "their"}, {"person", "organisation"})
        if found is None:
            return None
        poss, owner = found
        actor = Actor(label=f"{owner.actor.label}'s {tok.lower_}", kind="organisation", country=owner.actor.country)
        return self._possessed(actor, poss, tok)

    def owners_role(self, tok: Token) -> Mention | None:
        """"its chief executive", "their spokeswoman": a person of the organisation a
        possessive "its" or "their" names, labelled with it ("Scope chief executive"),
        so every route that reads the phrase gives one actor a reader can place; "its
        negotiators", "their diplomats": the group of a state or body ("Russia's negotiators")."""
        if tok.tag_ == "NNS" and fold(tok.text) in self.lex.group_nouns:
            found = self._possessor(tok, {"its", "their"}, {"country", "organisation", "party"})
            if found is None:
                return None
            poss, owner = found
            actor = Actor(label=f"{owner.actor.label}'s {tok.lower_}", kind="group", country=owner.actor.country)
            return self._possessed(actor, poss, tok)
        if tok.tag_ != "NN" or fold(tok.lemma_) not in self.lex.role_nouns | self.lex.person_nouns \
                or fold(tok.lemma_) in FACING_NOUNS:
            return None  # ("stood with its ally" is no "State Department ally")
        found = self._possessor(tok, {"its", "their"}, {"organisation", "party", "group"})
        if found is None:
            return None
        poss, owner = found
        words = [t.text for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "poss", "punct", "case"}]
        actor = Actor(label=f"{owner.actor.label} {' '.join(words)}", kind="person", country=owner.actor.country)
        return self._possessed(actor, poss, tok)
