"""Acts two sides do together, read off the parse: talks held ("held talks with Putin", "May and Macron held
talks"), a call between a joint subject ("Ruto and Modi spoke by phone"). Read by ``clauses.verbal_cue`` and
the consult rules."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon

CALL_MEDIA = frozenset({"phone", "telephone", "video", "conference", "radio", "zoom"})  # "a phone call"
# acts of protest held against something ("held protests against joining NATO", "hosted a rally against
# the war"): holding one opposes what it is against, as "protested against" does
PROTESTS = frozenset({"protest", "rally", "demonstration", "march", "vigil", "sit-in", "strike", "walkout"})


def held_act(lex: Lexicon, verb: Token) -> str | None:
    """The relation of a noun that is an act only when held: "held talks with Putin",
    "had a private meeting with union leaders" (with whom: a with-phrase)."""
    if verb.lemma_.lower() not in lex.act_holders | lex.light_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in PROTESTS and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in [*obj.children, *verb.children]):
        return "opposes"  # "held protests against the currency ban"
    if obj is None or obj.lemma_.lower() not in lex.held_acts and obj.lower_ not in lex.held_acts:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in [*obj.children, *verb.children]) and not joint_subject(verb):
        return None  # (held with someone, or among a joint subject: "May and Macron held talks")
    return lex.held_acts.get(obj.lower_) or lex.held_acts[obj.lemma_.lower()]


def by_call(verb: Token) -> bool:
    """The verb's "by phone", "by telephone", "by video link": words exchanged on a call."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in CALL_MEDIA or any(m.lemma_.lower() in CALL_MEDIA for m in p.children))
        for p in c.children) for c in verb.children)


def call_with(verb: Token) -> Token | None:
    """The "with" the parser hung on the verb's means of call ("spoke by telephone with al-Sisi",
    "talked by video link with Modi"): whom the call was with, as "spoke with" names them."""
    return next((w for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                 if p.dep_ == "pobj" and (p.lemma_.lower() in CALL_MEDIA or any(m.lemma_.lower() in CALL_MEDIA for m in p.children))
                 for w in p.children if w.dep_ == "prep" and w.lower_ == "with"), None)


def joint_subject(verb: Token) -> bool:
    """The verb's subject is a coordination ("Ruto and Modi held talks", "... discussed trade")."""
    return any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in verb.children)


def companions(prep: Token, obj: Token | None) -> bool:
    """A "together with" / "along with" beside a direct object names who came along, not whom the act
    reaches ("met Zelensky in Tirana together with the leaders of France and Poland": Zelensky was met)."""
    return obj is not None and prep.lower_ == "with" and any(
        a.dep_ == "advmod" and a.lower_ in {"together", "along"} for a in prep.children)
