"""Relative clauses: the noun a relative clause hangs from is the clause's actor
("Palestinian militant groups who oppose peace", "the Syrian rebels, who rejected the
offer"), though it sits as the main verb's object, not as a subject."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import RELATIVE_PRONOUNS, object_of, verbal_cue
from kg.lexicon import Lexicon

SIDES = frozenset({"NORP", "GPE", "ORG"})  # a modifier that names whose group it is: "Lebanese", "Hamas"


def antecedent(verb: Token, subj: Token) -> bool:
    """``subj`` is the noun a relative clause above ``verb`` qualifies with "who", "which" or
    "that" as its subject, and a named side modifies it: a described group there acts
    ("Lebanese militant groups who oppose peace"). Generic ones ("employees who raise
    concerns", "bigots who oppose amnesty") are background, seldom coded (train)."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl" and t.head == subj), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return False
    return any(c.dep_ in {"amod", "compound"} and c.i < subj.i and c.ent_type_ in SIDES for c in subj.children)


WH_RELATIVES = frozenset({"who", "whom", "whose", "which"})
BODY_NAMES = frozenset({"ORG", "GPE", "FAC", "LOC"})


def office_holder(clause: Token) -> Token | None:
    """The person a "who" clause takes up where the parser hung it on the body an apposition's
    office is "of": "Andrii Yermak, the head of the Presidential Office, who thanked ...": Yermak
    thanks, not the office."""
    body = clause.head
    if body.ent_type_ not in BODY_NAMES or body.dep_ != "pobj" or body.head.lower_ != "of" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "whom"} for c in clause.children):
        return None
    office = body.head.head
    if office.dep_ != "appos" or office.pos_ != "NOUN" or office.head.ent_type_ != "PERSON":
        return None
    return office.head


def gap_relative(clause: Token) -> bool:
    """``clause`` is a relative clause whose noun fills a place in it ("the plan, which Labour
    opposes", "an idea Turkey has long championed", "McCain, whose record Trump belittled"):
    it states its own act, whatever the noun (a plan, a demand) says of acts wanted. Not a
    content clause the parser hung as one ("the demand that Russia withdraw its troops")."""
    if not object_relative(clause):
        return False
    if any(t.lower_ in WH_RELATIVES for t in clause.subtree if t.i < clause.i and t.tag_ in {"WDT", "WP", "WP$"}):
        return True
    if any(c.lower_ == "that" and c.dep_ in {"nsubj", "dobj", "nsubjpass"} for c in clause.children):
        return True  # "that" as the clause's pronoun, not its mark
    return clause.head.i < clause.i and not any(c.dep_ == "mark" or c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in clause.children)  # a zero relative


def object_relative(tok: Token) -> bool:
    """``tok`` heads a clause on a noun the clause acts on: a relative clause, or one the parser
    hung as "acl" though "that" sits in it as its object ("approved a plan that the group
    immediately rejected", "a proposal that the unions have dismissed")."""
    return tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and any(
        c.dep_ == "dobj" and c.lower_ in {"that", "which"} and c.i < tok.i for c in tok.children)


# nouns that sum up what a sentence has said, in an apposition a clause then takes up
SUMMARY_NOUNS = frozenset({"idea", "move", "step", "measure", "decision", "proposal", "plan", "policy", "suggestion"})
CONTENT_HOLDERS = frozenset({"demands", "proposes", "supports"})  # "wants safe zones": the zones are the idea


def summed_up(lex: Lexicon, noun: Token) -> Token | None:
    """What a summing-up apposition stands for, when a clause of its own takes it up: "Germany
    wants safe zones, an idea Turkey has long championed" (the zones), "the budget, a move
    welcomed by Brussels" (the budget); a clause's act where it sums up a deed ("Britain left
    the union, a move Scotland opposed")."""
    if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.dep_ not in {"appos", "npadvmod"} or noun.head.i > noun.i \
            or not any(c.dep_ in {"relcl", "acl"} and c.i > noun.i for c in noun.children):
        return None
    head = noun.head
    if head.dep_ == "dobj" and head.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}:
        head = head.head  # "leave the European Union, a move ...": no party is a move; the verb's act is
    if head.pos_ in {"NOUN", "PROPN"}:
        return head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    cue = verbal_cue(lex, head)
    obj = object_of(head)
    return obj if cue is not None and cue.relation in CONTENT_HOLDERS and obj is not None else head


NAMING_VERBS = frozenset({"call", "term", "dub", "label", "describe", "brand"})


def what_called(verb: Token) -> Token | None:
    """The thing a free relative names in the speaker's words: "objected to what he called the
    hasty drafting", "rejected what it described as a smear campaign" (the drafting, the
    campaign); "what" alone names nothing, so the act read no target at all (written probe;
    train has none, PolNeAR's texts ten)."""
    if verb.lemma_.lower() not in NAMING_VERBS or not any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"}
                                                           for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}), None)
    if named is None:  # "what Kerry described as a breakthrough"
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        named = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    return named


def whose_owner(noun: Token) -> Token | None:
    """The noun a "whose" clause qualifies, where ``noun``, owned by "whose", is the clause's subject:
    in "Russia, whose diplomats have floated a federal model" Russia floats it (as "Russia's diplomats"
    would), not a group called "whose diplomats". A noun with a name of its own acts itself: in
    "Berlusconi, whose Forza Italia party opposed the reform" the party opposes (probew16c)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.dep_ != "relcl" or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children) or any(
            c.pos_ == "PROPN" and c.i < noun.i for c in noun.children):
        return None
    owner = noun.head.head
    return owner if owner.pos_ in {"PROPN", "NOUN"} else None
