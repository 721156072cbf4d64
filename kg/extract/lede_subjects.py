"""A headline's short subject that the article's opening sentences name in full.

Headlines shorten their actor to a word ("Plaid demands law-making powers", "Watchdog rejects
votes at 16", "Unions warn over job cuts"); the lede restates the act with the actor's full name
or description ("Plaid Cymru has called for ...", "the elections watchdog has recommended ...",
"Civil service unions have threatened ..."). The word resolves to no actor in the headline; the
same word in the lede's first sentences does, or is itself the subject of the lede's act there.
General headline English: news writes its lede to restate its headline."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.lexicon import fold
from kg.records import Actor

if TYPE_CHECKING:
    from kg.extract.actors import ActorResolver

LEDE_SENTENCES = 2  # the sentences after the headline that restate it
SUBJECTS = {"nsubj", "nsubjpass"}


def lede_actor(resolver: ActorResolver, tok: Token) -> Mention | None:
    """The actor the headline's unresolved subject ``tok`` stands for: the actor the same word
    names in the lede (its name's first word, "Plaid" of "Plaid Cymru"), else, where the word
    heads the lede's own subject ("the elections watchdog has recommended"), the headline's word
    as the actor's description. None outside a headline's subject."""
    from kg.extract.candidates import left_as_it_was

    if tok.sent.start != 0 or tok.dep_ not in SUBJECTS or tok.pos_ not in {"NOUN", "PROPN", "ADJ"} \
            or not tok.is_alpha or not tok.text[:1].isupper():
        return None
    word, lemma = fold(tok.text), tok.lemma_.lower()
    sents = list(tok.doc.sents)[1:1 + LEDE_SENTENCES]
    span = resolver._span(tok.idx, tok.idx + len(tok.text))
    described = False
    for sent in sents:
        for t in sent:
            if not (fold(t.text) == word or (t.lemma_.lower() == lemma and t.pos_ in {"NOUN", "PROPN"})):
                continue
            with left_as_it_was(resolver):
                try:
                    m = resolver.resolve(t)
                except (IndexError, ValueError):
                    m = None
            if m is not None and m.how in {"name", "alias"} and fold(m.actor.label).split()[:1] == [word] \
                    or m is not None and m.how in {"name", "alias"} and word in fold(m.span.text).split():
                return Mention(m.actor, span, m.how)
            if t.dep_ in SUBJECTS and t.head.pos_ in {"VERB", "AUX"}:
                described = True
        if tok.is_upper and 2 <= len(tok.text) <= 5 and (spelt := spelt_out(resolver, sent, tok.text)) is not None:
            return Mention(spelt.actor, span, "alias")  # "DA vows ..." / "The Democratic Alliance says ..."
    if not described:
        return None
    label = tok.text[:1].upper() + tok.text[1:]
    return Mention(Actor(label=label, kind="group" if tok.tag_ in {"NNS", "NNPS"} else "organisation"), span,
                   "description")


def initials(label: str) -> str:
    """The capitals of a name's capitalised words ("The Democratic Alliance" -> "DA")."""
    words = label.split()
    return "".join(w[0] for w in words[words[0].lower() == "the":] if w[:1].isupper())


def spelt_out(resolver: ActorResolver, sent, acronym: str) -> Mention | None:
    """The organisation the sentence names in full whose initials the headline's acronym is."""
    from kg.extract.candidates import left_as_it_was

    for ent in sent.ents:
        if ent.label_ not in {"ORG", "NORP"} or initials(ent.text) != acronym:
            continue
        with left_as_it_was(resolver):
            try:
                m = resolver.resolve(ent.root)
            except (IndexError, ValueError):
                m = None
        if m is not None and m.how in {"name", "alias"} and initials(m.actor.label) == acronym:
            return m
    return None
