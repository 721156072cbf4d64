"""Verdicts a speaker gives on an issue by what it is said to bring or do, with no stance verb:
"said rebanding would mean steep rises" (against rebanding), "said the delay would allow an inquiry to
report first" (for the delay), "would put the economy at risk", "is giving Britain a bad name".
``EvaluativeRules.effect`` turns the polarity into a statement on the verb's subject (an issue, not an
actor). Word lists: ontology/outcomes.toml."""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from kg.config import ONTOLOGY_DIR
from kg.lexicon import Lexicon, fold
from kg.extract.clauses import object_of, pobj
from kg.extract.modality import negated
from kg.extract.outcomes import OUTCOME_VERBS, foretold
from kg.extract.shortfalls import shortfall, verbs as shortfall_verbs
from kg.extract.stopped_effects import stopped
from kg.extract.subjects import subject_of


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The lists of ontology/outcomes.toml, each a set of lemmas."""
    with (ONTOLOGY_DIR / "outcomes.toml").open("rb") as fh:
        return {k: frozenset(v) for k, v in tomllib.load(fh)["outcomes"].items()}


def verbs() -> frozenset[str]:
    """Every verb these rules read (to dispatch on)."""
    w = words()
    return w["bringing"] | w["raising"] | w["cutting"] | w["lifting"] | w["allowing"] | w["placing"] | w["giving"] | w["amounting"] | w["striking"] | shortfall_verbs(w) | w["stopping"] | w["saving"]


# the verbs ``EvaluativeRules.effect`` reads: outcomes ("will never work") and these
EFFECT_VERBS: frozenset[str] = frozenset(OUTCOME_VERBS) | verbs()


def costly(noun: Token) -> bool:
    """A rise in what people pay: "steep rises", "tax rises", "rises in council tax", "higher bills"
    (not "a rise in living standards", nor a bare "rise" of something named with "of")."""
    w, lemma = words(), noun.lemma_.lower()
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}} | {
        c.lower_ for c in noun.children if c.dep_ == "amod"}
    if lemma in w["costs"]:
        return bool(mods & w["higher"])
    if lemma not in w["rises"]:
        return False
    of_what = [pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "on"}]
    if any(o is not None and o.lemma_.lower() not in w["costs"] for o in of_what):
        return False
    return bool(mods & (w["costs"] | w["higher"])) or not of_what and bool(mods & w["higher"])


def brought(verb: Token, bad: Callable[[Token], bool]) -> int:
    """-1 where an issue "would mean" a rise in costs or a harm (``bad``): "rebanding would mean steep
    rises", "would mean job losses", "would bring chaos"; +1 where it brings a good ("would bring stability",
    "much-needed jobs"); 0 otherwise (denied, "would not mean higher bills", no verdict read)."""
    w = words()
    if verb.lemma_.lower() not in w["bringing"] or negated(verb):
        return 0
    if (obj := object_of(verb)) is None:
        return 0
    if costly(obj) or bad(obj):
        return -1
    return 1 if obj.lemma_.lower() in w["goods"] and not any(c.dep_ == "amod" and bad(c) for c in obj.children) else 0


def lessened(verb: Token) -> int:
    """+1 where an issue raises no cost but cuts a burden ("the extension would cut traffic", "would cut red
    tape", "would lift millions out of poverty"); -1 where it raises what people pay ("tariffs would raise
    costs for consumers"); 0 otherwise, denied too."""
    w, lemma = words(), verb.lemma_.lower()
    if negated(verb):
        return 0
    obj = object_of(verb)
    if lemma in w["raising"] and obj is not None and obj.lemma_.lower() in w["costs"]:
        return -1
    if lemma in w["cutting"] and obj is not None and obj.lemma_.lower() in w["burdens"]:
        return 1
    if lemma in w["lifting"]:  # "lift millions out of poverty"
        outs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"]
        ofs = [o for c in outs for o in ([pobj(c)] + [pobj(g) for g in c.children if g.dep_ == "prep"]) if o is not None]
        return 1 if any(o.lemma_.lower() in w["hardships"] for o in ofs) else 0
    return 0


def allowed(verb: Token) -> Token | None:
    """What a foretold "would allow" lets happen ("the delay would allow an inquiry to report first":
    the inquiry), for the caller to check it is no person; None where denied or not foretold."""
    if verb.lemma_.lower() not in words()["allowing"] or negated(verb) or not foretold(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:  # "allow an inquiry to report": the parser makes the inquiry the clause's subject
        clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"), None)
        # (or its passive subject: "would allow the reforms to be tested")
        obj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause is not None else None
    return obj if obj is not None and obj.pos_ == "NOUN" else None


def imperilled(verb: Token) -> int:
    """-1 where an issue puts a thing in peril or gives it a bad name ("would put the economy at risk",
    "is giving Britain a bad name"), not denied; 0 otherwise."""
    w, lemma = words(), verb.lemma_.lower()
    if negated(verb) or object_of(verb) is None:
        return 0
    if lemma in w["placing"]:
        return -1 if any(c.dep_ == "prep" and c.lower_ in {"at", "in", "into"} and (p := pobj(c)) is not None
                         and p.lemma_.lower() in w["perils"] for c in verb.children) else 0
    if lemma in w["giving"]:
        obj = object_of(verb)
        return -1 if obj.lemma_.lower() in w["bad_names"] and any(
            c.dep_ == "amod" and c.lower_ == "bad" for c in obj.children) else 0
    return 0


def struck(verb: Token) -> int:
    """+1 / -1 where an issue strikes or gets the balance (note, tone) right or wrong: "the proposals
    struck the right balance", "the bill gets the balance wrong" (BBC probe miss); 0 otherwise, denied too."""
    w = words()
    if verb.lemma_.lower() not in w["striking"] or negated(verb):
        return 0
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in w["balances"]), None)
    how = [c for c in obj.children if c.dep_ == "amod"] if obj is not None else []
    if obj is None:  # "gets the balance wrong": the parser makes a small clause of balance and verdict
        how = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "ADJ" and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in w["balances"] for s in c.children)]
    said = {c.lower_ for c in how}
    return 1 if said & w["right"] else -1 if said & w["wrong"] else 0


def amounted(verb: Token) -> Token | None:
    """What an issue is said to amount to ("the policy amounts to forcible removal"), to be judged."""
    if verb.lemma_.lower() not in words()["amounting"] or negated(verb):
        return None
    return next((pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def verdict(lex: Lexicon, verb: Token, bad: Callable[[Token], bool], person: Callable[[Token], bool],
            judge: Callable[[Token], int]) -> int:
    """+1 / -1: what ``verb`` says its subject brings or does, 0 where it says nothing clear. ``bad``: a
    harmful noun; ``person``: a noun naming people or an actor (what is allowed must be a thing: "would
    allow criminals to escape" is no praise); ``judge``: an evaluative predicate's polarity."""
    if (subj := subject_of(verb)) is None or (person(subj) and fold(subj.lemma_) not in lex.institution_nouns):
        return 0  # what people do is no issue's verdict (dev: a praise misread); "a Tory government would
        # put the economy at risk" is one
    if (pol := lessened(verb)) and not peopled(lex, subj):
        return pol  # (what a body cuts or raises is its act, no issue's verdict: "expected the new government
        # to cut red tape", news2025 probe)
    if pol := brought(verb, bad) or imperilled(verb) or struck(verb) or shortfall(verb, words()):
        return pol
    if pol := stopped(verb, words(), bad, lambda t: person(t) or peopled(lex, t)):
        return pol  # "the law would stop comics from poking fun", "would end decades of injustice"
    if (what := amounted(verb)) is not None:
        return judge(what)
    thing = allowed(verb)
    if thing is None or peopled(lex, subj):  # "the government would allow ...": a body's leave, no verdict (dev)
        return 0
    return 1 if not person(thing) and not peopled(lex, thing) and not bad(thing) else 0


def peopled(lex: Lexicon, tok: Token) -> bool:
    """A noun of people or a body ("political parties", "councils", "ministers"): what is allowed to act
    so is a doer given leave, no thing an issue makes possible (train: "changes might allow political
    parties to reserve seats" is no verdict on the changes)."""
    return tok.lower_ in lex.group_nouns or fold(tok.lemma_) in (
        lex.institution_nouns | lex.collective_nouns | lex.person_nouns | lex.role_nouns)
