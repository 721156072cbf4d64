"""A verb's infinitive complement the small model read as a purpose clause because a date came
between them: "Erdogan threatened on Friday to open Turkey's borders" ("to open" an 'advcl' of
"threatened", where "threatened to open" makes it an 'xcomp'), the wire's way of dating an act.
Read by ``kg.clause_repair``, which gives the infinitive back to the verb as its complement."""
from __future__ import annotations

# verbs whose infinitive is what they commit to, refuse or threaten (not "travelled on Friday to meet"),
# by their forms: the repair runs before the lemmatizer
TAKING_INFINITIVES = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "offer",
                                "plan", "seek", "intend", "decline", "fail", "move", "vote", "try", "hope", "want"})
IRREGULAR = {"sought": "seek", "tried": "try", "tries": "try", "planned": "plan"}


def _lemma(word: str) -> str:
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suf, add in (("ed", ""), ("ed", "e"), ("d", ""), ("s", "")):
        if word.endswith(suf) and word[:-len(suf)] + add in TAKING_INFINITIVES:
            return word[:-len(suf)] + add
    return word
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
                  "today", "yesterday"})


def _dated(verb, inf) -> bool:
    """Only a date phrase ("on Friday", "on Sunday night") stands between ``verb`` and ``inf``'s "to"."""
    between = verb.doc[verb.i + 1:inf.left_edge.i]
    if not len(between) or between[0].dep_ != "prep" or between[0].head != verb or between[0].lower_ != "on":
        return False
    return between[-1].i == between[0].right_edge.i and any(t.lower_ in DAYS or t.ent_type_ == "DATE" for t in between[1:])


def dated_infinitives(sent) -> list:
    """The to-infinitives, read as 'advcl', that are their dated verb's complement."""
    out = []
    for inf in sent:
        verb = inf.head
        if inf.dep_ == "advcl" and inf.tag_ == "VB" and verb.pos_ == "VERB" and _lemma(verb.text) in TAKING_INFINITIVES \
                and inf.i > verb.i and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == inf.left_edge.i for c in inf.children) \
                and not any(c.dep_ == "xcomp" for c in verb.children) and _dated(verb, inf):
            out.append(inf)
    return out
