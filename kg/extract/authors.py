"""Documents that speak for their authors: '"...," the report says', "the NAO report
found", "A Russian defence ministry statement accused insurgents". The resolver's
author methods (its fields: ``lex``; its ``resolve`` and ``_span``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.extract.phrases import label_of
from kg.records import Actor

LOOK_BACK = 3000  # characters: how far back an earlier "report" may name the author of this one
COMMITTEE_LOOK = 2  # sentences either side in which a body of members ("the MPs' report") names its committee
# bodies of members that write reports in their name: "a new MPs' report ... The Commons home affairs committee"
COMMITTEE_NOUNS = frozenset({"committee", "commission", "panel"})
HEADLINE_LOOK_AHEAD = 1500  # characters: how far into the body a headline's "Report" may be named with its author


class AuthorReading:
    """Mixed into ``kg.extract.actors.ActorResolver``."""

    def report_author(self, subj: Token) -> Mention | None:
        """The one whose report (statement, study ...) ``subj`` is, as this sentence
        or the last that names such a document with its author says ('the NAO
        report', 'the commission's report', 'a report by the NAO', 'the NAO
        published a report'), credited at the word of the document itself; a headline's, as
        the first sentences of the body name it."""
        lemma = subj.lemma_.lower()
        lo = max(0, subj.idx - LOOK_BACK)
        earlier = [t for t in reversed(subj.doc[:subj.i]) if t.idx >= lo and t.lemma_.lower() == lemma]
        if subj.sent.start == 0:  # the headline's "Report attacks defence spending": the report its body names
            hi = subj.idx + HEADLINE_LOOK_AHEAD
            earlier += [t for t in subj.doc[subj.sent.end:] if t.idx < hi and t.lemma_.lower() == lemma]
        for tok in [subj, *earlier]:
            author = self.author_of(tok)
            if author is not None:
                return Mention(author.actor, self._span(subj.idx, subj.idx + len(subj.text)), "role")
        return None

    def author_of(self, tok: Token) -> Mention | None:
        """The named actor a document noun belongs to: its possessor or modifier,
        its by/from/of phrase, the agent of the verb that issued it ("the letter, signed by
        40 MPs"), or the subject of the verb that published it."""
        heads = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} for p in c.children
                  if p.dep_ == "pobj"]
        heads += [p for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex.publishing
                  for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in self.lex.publishing:
            heads += [c for c in tok.head.children if c.dep_ == "nsubj"] + [
                p for c in tok.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        heads += said_in(self.lex.speech, tok)
        for h in heads:
            if h.lemma_.lower() in self.lex.documents:
                continue  # no document writes another
            m = self.resolve(h)
            if m is None and h.dep_ == "compound" and h.i == tok.i - 1:
                m = self.issuing_body(tok, h)
            elif m is None and h.dep_ in {"pobj", "poss"}:
                from kg.extract.descriptions import description  # (descriptions read the resolver)
                m = description(self, h, remember=False, subject=False)  # "signed by 40 MPs", "by the panel"
                if h.dep_ == "poss":  # "a new MPs' report": their committee, where named; else an earlier report's
                    m = self.committee_near(tok) if m is not None and (m.actor.kind == "group" or h.tag_ in {"NNP", "NNPS"}) else None
            if m is not None and m.how == "description" and h.dep_ == "pobj":
                m = self.committee_near(tok) or m  # "a report by MPs": their committee, where named
            if m is not None and m.how != "pronoun" and m.actor.kind != "media":
                return m
        return None

    def issuing_body(self, tok: Token, body: Token) -> Mention | None:
        """An unnamed institution that a document noun's modifiers name ("a Russian defence
        ministry statement"): its words before the document, the resolver knowing no name."""
        if body.lemma_.lower() not in self.lex.institution_nouns:
            return None
        words = sorted((t for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "compound", "nmod"}
                        for t in c.subtree), key=lambda t: t.i)
        label = label_of(words)
        if not words or len(words) > 6:
            return None
        return Mention(Actor(label=label[:1].upper() + label[1:], kind="organisation"),
                       self._span(words[0].idx, body.idx + len(body.text)), "description")

    def committee_near(self, tok: Token) -> Mention | None:
        """The named committee (commission, panel) of the sentences around a document whose authors
        are only described ("says a new MPs' report. The influential Commons home affairs committee
        was responding ..."): the members report as their committee (train bbc_17's gold; dev 0.3316
        unchanged, train 0.5143 -> 0.5141, the gold actor now found but its target not)."""
        sents = list(tok.doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        near = sorted(range(max(0, k - COMMITTEE_LOOK), min(len(sents), k + COMMITTEE_LOOK + 1)), key=lambda i: abs(i - k))
        for i in near:
            for t in sents[i]:
                if t.lemma_.lower() in COMMITTEE_NOUNS and t.pos_ in {"NOUN", "PROPN"} and any(
                        c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper() for c in t.subtree if c.i < t.i):
                    m = self.resolve(t)
                    if m is not None and m.how != "pronoun" and m.actor.kind != "media":
                        return m
        return None


def said_in(speech: frozenset[str], tok: Token) -> list[Token]:
    """"In a statement, the group said ...", "the ministry said in a statement": the subject of the
    speech verb a document noun is the medium of authors it, so a later '"...," the statement said'
    speaks for that subject (probe33a written news 0.4831 -> 0.4904; dev 0.3339, train 0.5177 unchanged)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in speech:
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]
