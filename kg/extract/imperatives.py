"""Imperatives in someone's words: '"Stop the war now," the protesters
chanted', "Protect whistleblowers, TUC says". A command in a speaker's words demands the act;
"do not" or "never" before it opposes the act. A mixin of
``kg.extract.statements.SentenceExtractor``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import Cue, verbal_cue
from kg.extract.subjects import speech_frame
from kg.extract.context import Draft
from kg.extract.target_tokens import target_from
from kg.records import Actor

# verbs whose imperative addresses the listener, not an issue ("Look, ...", "Let me be clear", "Thank you")
ADDRESSING = {"let", "look", "listen", "see", "thank", "imagine", "remember", "think", "mind", "come", "go",
              "say", "tell", "ask", "wait", "believe", "trust", "forget", "make", "take", "get", "be", "do", "have",
              "check", "watch", "read", "note", "consider", "excuse", "pardon", "welcome", "congratulate", "show"}


class ImperativeRules:
    """Mixed into ``SentenceExtractor``."""

    def imperative(self, tok: Token) -> None:
        """A clause opened by a bare verb with no subject, in a quotation with a
        speaker or under a reporting verb: the speaker demands the act."""
        if not commands(tok) or tok.lemma_.lower() in ADDRESSING or verbal_cue(self.lex, tok) is not None:
            return  # a cue verb's command is the cue's own reading ("Reject this deal")
        speaker = self.speaker_for(tok)
        frame = speech_frame(self.lex, tok)
        if speaker is None and frame is None:
            return  # the journalist's own words
        actor, relayed = self.actor_of(Cue(tok, "demands"))
        if actor is None:
            return
        negative = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
        target, quals, _ = target_from(self.ctx, tok)
        if target is None or isinstance(target, Actor):
            return
        self.add(Draft(actor, "opposes" if negative else "demands", target, quals, cue=tok, reported_by=relayed,
                       confidence=0.55))


def commands(tok: Token) -> bool:
    """A bare verb with no subject, auxiliary or "to" that opens its clause, or
    one coordinated with such a verb ("Stop the war and bring the troops home";
    "can improve services and cut taxes" is no command)."""
    if tok.tag_ != "VB" or tok.dep_ not in {"ROOT", "ccomp", "parataxis", "conj"}:
        return False
    if tok.i > 0 and tok.nbor(-1).text in {"-", "‐"} and not tok.nbor(-1).whitespace_:
        return False  # "would not re-enter": the end of a prefixed word the tokenizer split
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"} and c.lower_ not in {"do", "n't", "not"}
           for c in tok.children):
        return False  # "we must protect", "to protect"
    if any(c.i < tok.i and c.dep_ not in {"neg", "advmod", "punct", "intj", "cc", "aux"} for c in tok.children):
        return False  # a command opens its clause
    return tok.dep_ != "conj" or commands(tok.head)
