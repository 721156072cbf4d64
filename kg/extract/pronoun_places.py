"""Where a pronoun sits in the parse: the clause, subject or reporting verb that binds it, and whether a
name placed before it can be its antecedent. Split from pronouns.py, whose resolver reads these."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.subjects import subject_of
from kg.extract.doc_words import sentence
from kg.lexicon import Lexicon


def teller(lex: Lexicon, pron: Token) -> Token | None:
    """The named subject of the reporting verb whose content clause ``pron`` is the subject of:
    "he" in "X told Y he would stand down" is X, who tells of his own act."""
    clause = pron.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.speech:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None and clause.head.dep_ == "conj":
        subj = subject_of(clause.head)  # "Nawrocki promised ... and said he would veto": Nawrocki's own act
    return subj if subj is not None and subj.i < pron.i and subj.pos_ in {"PROPN", "NOUN"} else None


def topic_before(pron: Token) -> Token | None:
    """The name an "as for" phrase sets before a subject pronoun's clause ("As for Carson, he was, well,
    Carsonian"; "And as for Trump, he was strangely subdued"): whom the pronoun is about, not the subject of
    the sentence before (PolNeAR train). A thing of the name's ("As for Trump's ability to deflect attacks,
    she said") names no one."""
    if pron.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for c in pron.head.children:
        if c.i >= pron.i or c.dep_ != "prep" or c.lower_ not in {"as", "for"}:
            continue
        if c.lower_ == "for":  # ("for" on the verb itself, "as" before it)
            fr = c if c.i > 0 and c.doc[c.i - 1].lower_ == "as" else None
        else:
            fr = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "for"), None)
        if fr is None:
            continue
        obj = next((g for g in fr.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.i < pron.i:
            return obj
    return None


def clause_on(noun: Token) -> range:
    """The characters of a relative clause or participle on ``noun`` ("an IMF mission that visited Nairobi
    said it ..."): a name there is not what the noun's own pronoun stands for (probe round 2026)."""
    rel = [c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.i > noun.i]
    if not rel:
        return range(0)
    return range(rel[0].left_edge.idx, rel[-1].right_edge.idx + len(rel[-1].right_edge.text))


def binding_subject(pron: Token) -> Token | None:
    """The named subject of the clause a possessive "its"/"their" stands in: "unless the
    government improves its pay offer" is the government's offer, not the last country
    named before it ("Teachers in England and Wales")."""
    if pron.dep_ != "poss":
        return None
    verb = next((a for a in pron.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    return subj if subj is not None and subj.i < pron.i and subj.pos_ in {"PROPN", "NOUN"} else None


def relative_clause_subject(pron: Token) -> Token | None:
    """The sentence's named main subject for "it" as the subject of a relative clause inside the
    main clause: "Turkey asked the United States to extradite Gulen, the cleric it blames for the
    coup" (Turkey blames him, not the United States named just before)."""
    if pron.dep_ != "nsubj" or pron.head.dep_ != "relcl":
        return None
    root = pron.sent.root
    if pron.head not in root.subtree:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.i < pron.i and subj.pos_ in {"PROPN", "NOUN"} else None


def extraposing(pron: Token) -> bool:
    """"It" standing in for a clause put after the verdict: "it is ridiculous that firms expect
    ...", "said it was wrong to deny people ...", "it would be wrong for ministers to ...". It names no one, so neither the last place nor
    the last body named before it holds the verdict (its speaker does). ("It was ready to talk":
    the parser hangs that infinitive on "ready", and the "it" is the one ready.)"""
    verb = pron.head
    if pron.lower_ == "it" and pron.dep_ == "nsubj" and judged_small_clause(verb):
        return True
    if pron.lower_ != "it" or pron.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    pred = next((c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.i > pron.i), None)
    return pred is not None and any(c.i > pred.i and (
        (c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
        or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        or for_to_clause(c))
        for c in verb.children)


# verbs that judge an "it" standing for a clause after the verdict: "I find it hard to believe that ..."
JUDGING = frozenset({"find", "consider", "think", "deem", "believe"})


def judged_small_clause(adj: Token) -> bool:
    """"I find it hard to believe that these conditions have been met": "it" the subject of a verdict
    adjective a verb of judging takes, a "to" or "that" clause after the adjective its content."""
    return adj.pos_ == "ADJ" and adj.dep_ in {"ccomp", "oprd", "xcomp"} and adj.head.lemma_.lower() in JUDGING \
        and any(c.i > adj.i and c.dep_ in {"advcl", "xcomp", "ccomp"} and any(
            (g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ == "that") for g in c.children)
            for c in adj.children)


def for_to_clause(c: Token) -> bool:
    """"it would be unacceptable for Scotland to lose its EU membership": the "for ... to" clause
    the verdict is about (the parser hangs it as an adverbial clause), so the "it" is no body."""
    return c.dep_ in {"advcl", "xcomp", "ccomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) \
        and any(g.dep_ == "mark" and g.lower_ == "for" and g.i < c.i for g in c.children)


def office_before(lex: Lexicon, pron: Token) -> Token | None:
    """The owner of the office that spoke at the end of the sentence before, for "it" opening the next
    one: "Ruto backed the truce, his office said. It urged all parties to ..." is his office's, so his."""
    sent = sentence(pron)
    if pron.lower_ != "it" or pron.dep_ != "nsubj" or pron.i != sent.start or sent.start == 0:
        return None
    prev = sentence(pron.doc[sent.start - 1])
    said = next((t for t in reversed(prev) if t.lemma_.lower() in lex.speech and t.pos_ == "VERB"), None)
    office = next((c for c in said.children if c.dep_ == "nsubj" and c.lemma_.lower() == "office"), None) if said else None
    return next((c for c in office.children if c.dep_ == "poss"), None) if office is not None else None


def token_at(tok: Token, at: int) -> Token:
    """The token of ``tok``'s document that holds the character ``at`` (a mention's start)."""
    span = tok.doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span else tok


def sentence_start(tok: Token, at: int) -> int:
    """Where the sentence holding the character ``at`` of ``tok``'s document begins."""
    return sentence(token_at(tok, at)).start_char


def named_root(tok: Token, at: int) -> bool:
    """The name at ``at`` is its sentence's root: "Former President Alvaro Uribe, who led the campaign,
    called for ..." parses "called" as a clause on "Uribe", records no subject there, and the subject
    found before it belongs to the sentence before (another person, whom "he" is then taken for)."""
    t = token_at(tok, at)
    while t.dep_ == "compound":
        t = t.head
    return t.dep_ == "ROOT" and t.pos_ == "PROPN"


def placed_before(pron: Token, at: int) -> bool:
    """The name at ``at`` is the object of an "in"/"at" before ``pron`` in its own sentence ("Speaking
    to the crowd in Naha, he said"): where something happens, a place the tagger took for a person's
    name, no antecedent of a "he"."""
    sent = sentence(pron)
    if not sent.start_char <= at < pron.idx:
        return False
    first = next((t for t in sent if t.idx == at), None)
    if first is None:
        return False
    words = [first, *(t for t in sent[first.i + 1 - sent.start:] if t.i < pron.i and t.ent_iob_ == "I")]
    words = [t for k, t in enumerate(words) if k == 0 or t.i == words[k - 1].i + 1]
    root = next((t for t in words if not first.i <= t.head.i <= words[-1].i or t.head == t), None)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in {"in", "at"}


# an object pronoun the first-name list gives the other gender is someone else's, not the one person
# the sentence names ("Yvette Cooper urged Beijing to free him", "Anna Berg urged the court to keep him")
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})

def coordination_of(tok: Token) -> Token:
    """The first of the names coordinated with the name holding ``tok`` ("on Ghwell and on Saleh",
    "Ghwell and Saleh"): names with the same one are named together."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    while True:
        if tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "conj" and tok.head.head.dep_ == "prep" \
                and (first := next((c for c in tok.head.head.children if c.dep_ == "pobj"), None)) is not None:
            tok = first
        else:
            return tok
