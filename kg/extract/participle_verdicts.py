"""Evaluative participles read as predicates. "He said the plan was misguided": the parser often makes
"was misguided" a passive verb (auxpass + VBN, the plan its passive subject), where "the plan was wrong"
is a copula and an adjective that ``EvaluativeRules.predication`` reads. A participle whose word is an
evaluation (the lists of cues.toml) with no agent and no cue of its own is read the same way; a real
passive ("the plan was rejected by MPs", "was approved") keeps its reading as an act. And a hyphenated
verdict the tokenizer splits ("ill-conceived", "ill-judged", "half-baked") is looked up whole."""
from __future__ import annotations

import tomllib
from functools import lru_cache

from spacy.tokens import Token

from kg.config import ONTOLOGY_DIR
from kg.extract.clauses import verbal_cue
from kg.extract.doc_words import children
from kg.extract.modality import negated
from kg.extract.subjects import speech_frame
from kg.lexicon import Lexicon, fold


def hyphened(tok: Token) -> str:
    """The hyphenated word that ends at ``tok``, folded ("ill-judged" of "judged" after "ill", "-"),
    or "" where no hyphen joins it to the word before."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return fold(doc[i - 2:i + 1].text)


def evaluative_participle(lex: Lexicon, tok: Token) -> int:
    """+1 / -1 where ``tok`` is an evaluation the parser made a passive participle ("the plan was
    misguided", "the cuts were not justified": negation read), 0 otherwise: no "be" passive, an agent
    ("was approved by MPs"), a cue verb of its own ("was rejected", "was welcomed") or no listed verdict."""
    if tok.tag_ not in {"VBN", "JJ"} or not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in children(tok)):
        return 0
    if any(c.dep_ == "agent" for c in tok.children) or verbal_cue(lex, tok) is not None:
        return 0
    val = lex.evaluations.get(fold(tok.text)) or lex.evaluations.get(hyphened(tok))
    return -val if val and any(c.dep_ == "neg" for c in tok.children) else (val or 0)


@lru_cache(maxsize=1)
def handling() -> dict[str, frozenset[str]]:
    """The [handling] lists of ontology/outcomes.toml: verbs of doing a thing, manners good and bad."""
    with (ONTOLOGY_DIR / "outcomes.toml").open("rb") as fh:
        return {k: frozenset(v) for k, v in tomllib.load(fh)["handling"].items()}


def handled_manner(tok: Token) -> int:
    """+1 / -1 where ``tok`` is a passive of doing a thing judged by its manner, with no agent: "the plans
    had been handled badly" (-1), "was being handled fairly" (+1), "had not been handled as it should have
    been" (-1: the due manner denied); 0 otherwise. Only the manner of what was or is being done speaks:
    "was handled by a judge", "will be handled properly" are none."""
    words = handling()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["verbs"] or any(c.dep_ == "agent" for c in tok.children) \
            or not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children) \
            or any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in {"should", "ought"} for c in tok.children):
        return 0  # ("would be run properly": a thing to come, a forecast or a pledge, not a verdict on how it went)
    way = 0
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in words["well"] | words["badly"]:
            way = 1 if c.lower_ in words["well"] else -1
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) \
                and any(a.lower_ in {"should", "ought"} for a in c.children):
            way = 1  # "as it should have been"
    return -way if way and any(c.dep_ == "neg" for c in tok.children) else way


class ParticipleVerdicts:
    """A mixin of ``EvaluativeRules``: the methods use its ``evaluated``, ``judges_person`` and
    the extractor's ``speaker_for``."""

    # "Labour said the plan was misguided", '"The cuts were ill-judged," he said'
    def participle_verdict(self, part: Token) -> None:
        pol = evaluative_participle(self.lex, part)
        manner = 0 if pol else handled_manner(part)
        pol = pol or manner
        if not pol:
            return  # (asked of every word: most are no verdict, and their children are not walked)
        subj = next((c for c in part.children if c.dep_ == "nsubjpass"), None)
        if manner and subj is not None and (self.judges_person(subj) or self.ctx.resolver.resolve(subj) is not None):
            return  # "the refugees had been treated badly": the manner of a wrong to people, no verdict on them
        if subj is None or (subj.pos_ == "PRON" and not (
                subj.lower_ == "they" and self.speaker_for(part) is not None)):
            return  # (as with a copula: "it was misguided" names nothing judged)
        if speech_frame(self.lex, part) is None and self.speaker_for(part) is None:
            return  # the journalist's own verdict is not a statement
        self.evaluated(part, subj, pol, denied=negated(part))
