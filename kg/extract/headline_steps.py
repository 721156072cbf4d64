"""A step taken, told in a headline's present tense: "Darling scraps rail authority", "India suspends Indus
Waters Treaty", "Howard sacks Flight", "Saudi Arabia cuts ties with Iran", "Senate passes 27th Amendment", "Greece
recalls ambassador over meeting". Headline news of a decision, which the gold codes as the actor's refusal of what
it ends, its acceptance of the pact or law it adopts, or its protest at the ground of an envoy's recall
(probes of every kind; none of these verbs is a cue in a body, where "suspended the match" tells of an event).
The verbs are data: [headline_acts] of ontology/cues.toml."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import Cue
from kg.extract.doc_words import sentence
from kg.lexicon import Lexicon, fold

LONGEST_HEADLINE = 30  # tokens: past this the first sentence is body text (as ``headline_acts``)
# where a headline's verb of a step stands: its root, a second clause ("..., Pakistan warns"), or a first
# clause the parser hung on the second ("Senate passes 27th Amendment ...; PTI vows ...": "dep")
HEADLINE_CLAUSES = {"ROOT", "conj", "ccomp", "dep"}


def headline_step(lex: Lexicon, tok: Token) -> Cue | None:
    """The cue of a headline's present-tense verb of a step taken, with an object: rejects what is
    scrapped, suspended or sacked (for "cuts ties with Iran", the one after "with"); accepts a pact
    or law sealed, struck, adopted or passed. None elsewhere, and for a verb with an auxiliary or a
    negation ("Labour to scrap fees" is a pledge, ``nominals``)."""
    if tok.tag_ not in {"VBZ", "VBP"} or tok.pos_ != "VERB":
        return None
    acts, lemma = lex.headline_acts, tok.lemma_.lower()
    rejecting = {k.split()[0] for k in acts.get("rejects", ())}
    protesting = {k.split()[0] for k in acts.get("opposes", ())}
    if lemma not in rejecting | protesting and lemma not in acts.get("accepts", ()):
        return None
    sent = sentence(tok)
    if sent.start != 0 or len(sent) > LONGEST_HEADLINE or tok.dep_ not in HEADLINE_CLAUSES \
            or any(c.dep_ in {"aux", "auxpass", "neg"} for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if f"{lemma} {obj.lemma_.lower()}" in acts.get("opposes", ()):
        return protest(acts, tok, obj)
    if f"{lemma} {obj.lemma_.lower()}" in acts.get("rejects", ()):
        with_ = next((c for c in [*obj.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "with"), None)
        return Cue(tok, "rejects", with_) if with_ is not None else None
    if lemma in acts.get("rejects", ()) and (lemma in acts.get("persons", ()) or not person(lex, obj)):
        return Cue(tok, "rejects")
    if lemma in acts.get("accepts", ()) and takes_pact(lex, lemma, obj):
        return Cue(tok, "accepts")
    return None


def takes_pact(lex: Lexicon, lemma: str, noun: Token) -> bool:
    """An accepting verb's object is a pact or law ("strikes trade deal"), not "strikes a blow"; a verb of a
    bid launched takes a bid ("launches leadership bid"), not "launches strikes"; other verbs take any object."""
    if lemma in lex.headline_acts.get("proposes", ()):
        return noun.lemma_.lower() in lex.headline_acts.get("proposed", ())
    return lemma not in lex.headline_acts.get("accepts", ()) or noun.lemma_.lower() in lex.headline_acts["accepted"]


def protest(acts: dict[str, frozenset[str]], tok: Token, obj: Token) -> Cue | None:
    """"Greece recalls ambassador to Austria over Balkan migrant meeting": the envoy called home opposes what
    follows "over" or "after" (hung on the verb or the envoy), not the country left; None without such a ground."""
    ground = next((c for c in [*tok.children, *obj.children] if c.dep_ == "prep" and c.lower_ in acts.get("grounds", ())
                   and any(g.dep_ == "pobj" for g in c.children)), None)
    return Cue(tok, "opposes", ground) if ground is not None else None


def person(lex: Lexicon, noun: Token) -> bool:
    """A person named or described ("PM Paetongtarn", "officer"): suspended or dismissed, no position taken."""
    return noun.ent_type_ == "PERSON" or fold(noun.lemma_) in lex.role_nouns | lex.person_nouns


def step_relation(lex: Lexicon, lemma: str) -> str | None:
    """The relation of a verb of a step taken that the tagger read as a noun in a headline ("Babis seals
    coalition": "seals" a compound of "coalition"); ``headline_acts`` finds its actor and object."""
    if lemma in lex.headline_acts.get("rejects", ()):
        return "rejects"
    if lemma in lex.headline_acts.get("proposes", ()):
        return "proposes"  # "MPs launch bid to impeach Blair": its object is asked of ``takes_pact``
    return "accepts" if lemma in lex.headline_acts.get("accepts", ()) else None


def launched(lex: Lexicon, tok: Token) -> bool:
    """A headline's verb of a bid launched, the bid within three words after it ("Clarke launches Tory leadership
    bid", "Ouattara confirms bid for fourth term"), however the parser hung the two."""
    return tok.lemma_.lower() in lex.headline_acts.get("proposes", ()) and tok.tag_ in {"VBZ", "VBP", "NN", "NNS"} \
        and any(t.lemma_.lower() in lex.headline_acts.get("proposed", ()) for t in tok.doc[tok.i + 1:min(tok.i + 4, tok.sent.end)])
