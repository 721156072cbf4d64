"""Evaluative participles read as predicates. "He said the plan was misguided": the parser often makes
"was misguided" a passive verb (auxpass + VBN, the plan its passive subject), where "the plan was wrong"
is a copula and an adjective that ``EvaluativeRules.predication`` reads. A participle whose word is an
evaluation (the lists of cues.toml) with no agent and no cue of its own is read the same way; a real
passive ("the plan was rejected by MPs", "was approved") keeps its reading as an act. And a hyphenated
verdict the tokenizer splits ("ill-conceived", "ill-judged", "half-baked") is looked up whole."""
from __future__ import annotations

from spacy.tokens import Token

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


class ParticipleVerdicts:
    """A mixin of ``EvaluativeRules``: the methods use its ``evaluated``, ``judges_person`` and
    the extractor's ``speaker_for``."""

    # "Labour said the plan was misguided", '"The cuts were ill-judged," he said'
    def participle_verdict(self, part: Token) -> None:
        pol = evaluative_participle(self.lex, part)
        if not pol:
            return  # (asked of every word: most are no verdict, and their children are not walked)
        subj = next((c for c in part.children if c.dep_ == "nsubjpass"), None)
        if subj is None or (subj.pos_ == "PRON" and not (
                subj.lower_ == "they" and self.speaker_for(part) is not None)):
            return  # (as with a copula: "it was misguided" names nothing judged)
        if speech_frame(self.lex, part) is None and self.speaker_for(part) is None:
            return  # the journalist's own verdict is not a statement
        self.evaluated(part, subj, pol, denied=negated(part))
