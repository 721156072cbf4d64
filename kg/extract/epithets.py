"""People named by an office or an epithet rather than a plain role: an office whose "of" runs on
into the holder's name ("Leader of Opposition Rahul Gandhi"), and a definite campaign epithet as a
subject ("the Republican nominee", "the New York billionaire"): the person last named whom the
article gave no office but one a contender holds. A mixin of ``kg.extract.roles.RoleReading`` (its
``history``, ``learned_roles``, ``_is_role_noun``, ``_single``, ``_remember`` and ``_span``)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.mentions import Mention, ent_of
from kg.extract.doc_words import children, sentence
from kg.lexicon import fold

# offices a contender for an election holds while running ("the GOP hopeful" may be a senator, not a mayor)
CONTENDERS_OFFICES = frozenset({"senator", "governor", "representative", "congressman", "congresswoman",
                                "vice president", "secretary of state", "foreign minister", "leader"})


class EpithetReading:
    """Mixed into ``kg.extract.roles.RoleReading``."""

    @staticmethod
    def names_a_thing(m: Mention, doc: Doc) -> bool:
        """A person's name that only modifies a common noun ("Gandhi said at the Indira Bhawan
        headquarters": a building the tagger took for a person): no one an age takes up."""
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"

    def contender(self, tok: Token) -> Mention | None:
        """"the Republican presidential candidate said": the person last named before the sentence
        whom the article gave no office but one a contender holds ("Mayor Bill de Blasio" is no
        candidate; "Texas Sen. Ted Cruz" may be)."""
        for m in reversed(self.history):
            if m.span.start >= tok.sent.start_char or m.actor.kind != "person":
                continue
            name = fold(m.actor.label)  # "De Blasio", whom the article titled as "Mayor Bill de Blasio"
            roles = {r for (r, _), xs in self.learned_roles.items() for _, label in xs if fold(label).endswith(name)}
            if roles <= CONTENDERS_OFFICES:
                start = min(t.idx for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i)
                return self._remember(Mention(m.actor, self._span(start, tok.idx + len(tok.text)), "role"))
        return None

    def named_in_title(self, tok: Token) -> Mention | None:
        """"Leader of Opposition Rahul Gandhi", "Chief Minister of Delhi Rekha Gupta": an office
        whose "of" runs on into the holder's name (the place or body glued before it) is the holder.
        A plain "of" a person ("the wife of John Smith") names someone else."""
        if not self._is_role_noun(tok):
            return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = ent_of(obj)
                if ent is None or ent.label_ != "PERSON" or ent.root != obj:
                    continue
                glued = [t for t in obj.subtree if t.i < ent.start]
                if glued and all(t.dep_ == "compound" and t.text[:1].isupper() for t in glued):
                    return self._single(obj)
        return None

    def titled_before(self, tok: Token) -> Mention | None:
        """"Labour MEP Richard Corbett ... The MEP said": a definite title with no other words is the
        person last named with that title just before the name (a title no role list holds)."""
        if tok.tag_ not in {"NN", "NNP"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)) \
                or any(c.i < tok.i and c.dep_ != "det" for c in tok.children) \
                or not (tok.text.isupper() or fold(tok.lemma_) in self.lex.person_nouns) \
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            return None  # "The chairman of the committee, Gerald Kaufman,": the name it carries wins
        doc, word = tok.doc, fold(tok.text)
        lo = sentence(tok).start_char if self.history else 0  # (read once, not once per remembered mention)
        for m in reversed(self.history):
            if m.span.start >= lo or m.actor.kind != "person":
                continue
            name = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if name is not None and name.start > 0 and fold(doc[name.start - 1].text) == word:
                return self._remember(Mention(m.actor, self._span(tok.idx, tok.idx + len(tok.text)), "role"))
        return None
