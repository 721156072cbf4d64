"""What a stance voiced by a light verb is about ("expressed concern over the tariffs", "voiced support
for the plan"): the complement of its noun, or of the verb where the parser hangs it there. A phrase
of when ("on Monday") or of the occasion ("at the meeting", "in a statement") between the two is no
complement; the parser then hangs the real one on the verb past it ("voiced opposition on Wednesday
to the bill") or on the occasion's noun ("raised objections at the meeting to the proposal")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import dated, pobj

# the prepositions a stance noun takes its object with ("solidarity with", "concern over", "anger at")
STANCE_PREPS = ("towards", "toward", "to", "with", "for", "over", "about", "at", "against", "regarding", "on")
# prepositions that set a stance at an occasion ("at the summit", "in a statement", "during the talks")
OCCASION_PREPS = frozenset({"at", "in", "during", "on"})
# occasions a stance is voiced at, each with the prepositions of its own complement ("a meeting with Putin",
# "a visit to Kyiv", "a letter to the president"): those name whom one meets or writes to, not the stance's object
OCCASIONS = {noun: frozenset({"with"}) for noun in (
    "statement", "interview", "conference", "briefing", "meeting", "talks", "session", "summit", "debate",
    "hearing", "rally", "event", "forum", "gathering", "ceremony", "appearance", "post", "tweet", "news")}
OCCASIONS.update({noun: frozenset({"with", "to"}) for noun in (
    "speech", "address", "visit", "trip", "tour", "letter", "message", "call", "remarks")})


def occasion(prep: Token) -> Token | None:
    """The noun of an occasion a prepositional phrase sets the stance at ("at a news conference")."""
    noun = pobj(prep)
    if prep.lower_ not in OCCASION_PREPS or noun is None or noun.lemma_.lower() not in OCCASIONS:
        return None
    return noun


def past_occasion(prep: Token) -> Token | None:
    """The complement the parser hung on the noun of the occasion or the time ``prep`` sets ("at the
    meeting [to the proposal]", "criticism on Monday [of the plan]"), none of the occasion's own ("a
    visit to Kyiv") nor another time ("on the night of 5 May")."""
    noun = occasion(prep)
    if noun is None and dated(prep) and (day := pobj(prep)) is not None and day.tag_ == "NNP":
        noun = day  # "on Monday [of the plan]" (a day names no complement; "the night of the vote" does)
    if noun is None:
        return None
    own = OCCASIONS.get(noun.lemma_.lower(), frozenset())
    return next((pobj(p) for p in noun.children if p.dep_ == "prep" and p.lower_ in STANCE_PREPS + ("of",)
                 and p.lower_ not in own and not dated(p) and pobj(p) is not None), None)


def voiced_complement(obj: Token, verb: Token) -> Token | None:
    """The object of the stance ``obj`` names after the light ``verb``: the first phrase of a stance's
    preposition on the noun or the verb that is no phrase of when or of the occasion; past one, a
    phrase the parser hung on its noun that is none of its own."""
    for c in [*obj.children, *verb.children]:
        if c.dep_ != "prep":
            continue
        if dated(c) or occasion(c) is not None:
            if (inner := past_occasion(c)) is not None:
                return inner  # "raised objections at the meeting to the proposal"
            continue  # "voiced opposition on Wednesday to the bill"
        if c.lower_ in STANCE_PREPS and pobj(c) is not None:
            return pobj(c)
    return None
