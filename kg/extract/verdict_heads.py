"""A court's verdict told in a headline: "Brazil's top court sentences Bolsonaro to 27 years for coup plot",
"Bangladesh court sentences ousted leader Hasina to death in absentia". The gold codes the court as accusing the
one it sentences (probes of the 2025 kind, 2 of 2 such headlines; a body's "a court sentenced Z" only 2 of 4, so the
headline only). The tagger reads the -s verb as a plural noun and the first name as the actor ("Brazil"), so the
words are read here: the actor is the phrase for the bench before the verb, the target the person named after it,
before what the sentence is ("to 27 years"). The verbs and the bench nouns are data: "verdicts" and "benches" of
[headline_acts] in ontology/cues.toml; ``headline_acts`` asks."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon import Lexicon, fold

# words after the one sentenced: what the sentence is, what for, where or how
SENTENCE_WORDS = {"to", "for", "over", "in", "on", "after", "as", "amid", "with"}


def verdict_verb(lex: Lexicon, tok: Token) -> bool:
    """A verb of a verdict ("sentences"), however the tagger read it."""
    return tok.lemma_.lower() in lex.headline_acts.get("verdicts", ()) or fold(tok.text) in {
        f"{v}s" for v in lex.headline_acts.get("verdicts", ())}


def bench(lex: Lexicon, sent: Span, tok: Token) -> Span | None:
    """The phrase before the verb that ends in a bench noun and opens the headline ("Brazil's top court",
    "Bangladesh court"): the court that gives the verdict; None for any other subject."""
    first = tok.i
    while first > sent.start and (tok.doc[first - 1].pos_ in {"NOUN", "PROPN", "ADJ"} or tok.doc[first - 1].tag_ == "POS"):
        first -= 1
    if first != sent.start or first == tok.i or fold(tok.doc[tok.i - 1].lemma_) not in lex.headline_acts.get("benches", ()):
        return None
    return tok.doc[first:tok.i]


def sentenced(sent: Span, tok: Token) -> list[Token]:
    """The words after the verb up to what the sentence is ("ousted leader Hasina" of "... Hasina to death")."""
    words: list[Token] = []
    for t in tok.doc[tok.i + 1:sent.end]:
        if t.lower_ in SENTENCE_WORDS or (t.is_punct and t.text not in {"-", "'", "’"}):
            break
        words.append(t)
    return words


def voted_act(lex: Lexicon, tok: Token) -> Token | None:
    """The verb of the act a body votes for in a headline ("South Korean lawmakers vote to impeach President
    Park": probes world2016, coded as the body's support for the impeachment), an act with a noun of its own
    (``nominalisations`` of ontology/topics.toml); None elsewhere."""
    if tok.lower_ not in {"vote", "votes"} or tok.i + 2 >= tok.sent.end or tok.nbor(1).lower_ != "to":
        return None
    act = tok.nbor(2)
    return act if act.lemma_.lower() in lex.nominalisations or act.lower_ in lex.nominalisations else None
