"""Verdicts read from how an issue will turn out, with no stance verb: "the plan will never work",
"sanctions alone could not solve the problem", "the figures simply don't add up", "the scheme would
backfire". A speaker who predicts an issue's failure argues against it (and one who says it will work,
for it); ``EvaluativeRules.effect`` turns the polarity into a statement on the verb's subject."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import object_of, pobj, to_come
from kg.extract.modality import negated

# intransitive verbs of an issue turning out well: said to come ("will work") or denied ("won't work")
SUCCEEDING = frozenset({"work", "succeed"})
# intransitive verbs of an issue turning out badly, said to come: "the scheme would backfire"
FAILING = frozenset({"fail", "backfire", "flop", "misfire"})
# verbs of an issue mending a problem: only their denial is a verdict ("could not solve the problem");
# "would solve the problem" is read by the helping verbs of cues.toml where it is one
REMEDYING = frozenset({"solve", "fix", "resolve", "cure", "tackle", "help"})
# ways of working that make a doer of the subject: "the two parties will work together"
DOERS_WAYS = frozenset({"together", "hard", "closely", "tirelessly", "jointly"})
# states an issue is said to leave a thing in: "would make Britain safer" backs the issue, "would make
# things worse" argues against it ("harder" and "easier" are left out: "harder for terrorists" is a good)
BETTER = frozenset({"better", "safer", "stronger", "fairer", "healthier", "richer", "fitter",
                    # "would make food cheaper" (probe29b), "would make the system simpler"
                    "cheaper", "simpler", "smarter", "greener", "cleaner", "affordable"})
WORSE = frozenset({"worse", "weaker", "poorer", "unsafe", "riskier",
                   # "exemptions would make the ban unworkable" (probebbc13)
                   "unworkable", "unenforceable", "unaffordable", "impossible", "unfair", "dearer", "costlier"})
STATES = BETTER | WORSE
# goods whose cost an issue is said to bring: "the cuts would cost thousands of jobs", "could cost lives"
LIVELIHOODS = frozenset({"job", "life", "livelihood", "home"})
# intransitive verbs of an issue going on as planned, with the words that make them so: "the summit will go ahead",
# "the meeting would go ahead as planned", "the band would remain in place", "the ceasefire would remain in force"
# (probes: supports, 7 of 8 such sentences; one on an unless-clause is a threat, left to ``consequences``)
PERSISTING = {"go": frozenset({"ahead"}), "remain": frozenset({"place", "force", "effect"}),
              "stay": frozenset({"place", "force", "effect"})}
OUTCOME_VERBS = SUCCEEDING | FAILING | REMEDYING | {"add", "make", "cost"} | frozenset(PERSISTING)


# subjects of "add up" that are the sums, not the judged issue: "the numbers don't add up" (to a win)
SUMS = frozenset({"number", "figure", "sum", "math", "maths", "arithmetic", "count"})


def adds_up(verb: Token) -> bool:
    """"add up" said of a plan (no object: "adds up the costs" is a sum done; not of the sums
    themselves, whose verdict is on an issue they do not name)."""
    return verb.lemma_.lower() == "add" and object_of(verb) is None and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in SUMS for c in verb.children)


def outcome(verb: Token) -> int:
    """-1 where ``verb`` says its subject will fail or denies that it will work, +1 where it says it
    will work, 0 otherwise; the negation, where there is one, is read here."""
    lemma = verb.lemma_.lower()
    if lemma == "make":
        return made(verb)
    if lemma == "cost":
        return -1 if costs_livelihoods(verb) else 0
    if lemma in PERSISTING:
        return 1 if persists(verb) else 0
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return 0  # "failed to deliver", "is working to end the war": an agent's act, not an issue's fate
    if lemma in SUCCEEDING and object_of(verb) is None and not any(
            c.dep_ == "prep" or c.lower_ in DOERS_WAYS for c in verb.children):
        # (not "worked with / for / on", "will work together": a doer's work)
        return -1 if negated(verb) else (1 if to_come(verb) or going_on(verb) else 0)
    if lemma in FAILING and object_of(verb) is None and to_come(verb) and not negated(verb):
        return -1
    if lemma in REMEDYING and object_of(verb) is not None and negated(verb):
        return -1
    if adds_up(verb) and negated(verb):
        return -1
    return 0


def persists(verb: Token) -> bool:
    """An issue said to go ahead or to stay in force ("the summit will go ahead"): to come, not denied, with no
    object and on no if- or unless-clause ("ballots would go ahead unless ministers agreed to talks" warns)."""
    marks = PERSISTING.get(verb.lemma_.lower(), frozenset())
    if not to_come(verb) or negated(verb) or object_of(verb) is not None or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in verb.children):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in {"advmod", "prt"}}
    words |= {p.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in [pobj(c)] if p is not None}
    return bool(words & marks)


def going_on(verb: Token) -> bool:
    """"is working", "was working" (reported): the issue's success said to hold now ("said the scheme was working")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def foretold(verb: Token) -> bool:
    """An effect said to come or to be possible: "will", "would", "could", "may" ("could cost lives")."""
    return to_come(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def made(verb: Token) -> int:
    """+1 / -1 where a "make" to come leaves its object better or worse off ("would make the country
    safer", "will make things worse", "would make Britain less safe"); 0 otherwise."""
    if not foretold(verb):
        return 0
    state = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} and (
        c.pos_ == "ADJ" or c.lower_ in STATES)), None)  # ("make local taxation fairer": "fairer" a noun)
    if state is None:
        return 0
    word = state.lower_
    less = any(c.dep_ == "advmod" and c.lower_ == "less" for c in state.children)
    if less or any(c.dep_ == "advmod" and c.lower_ == "more" for c in state.children):
        word = {"safe": "safer", "secure": "safer", "dangerous": "riskier", "vulnerable": "weaker"}.get(word, "")
    pol = 1 if word in BETTER else -1 if word in WORSE else 0
    pol = -pol if less else pol
    return -pol if negated(verb) else pol


def costs_livelihoods(verb: Token) -> bool:
    """"would cost thousands of jobs", "could cost lives": a "cost" to come (not denied) of jobs or lives."""
    obj = object_of(verb)
    if obj is not None and obj.lemma_.lower() not in LIVELIHOODS:  # "thousands of jobs": the counted goods
        obj = next((pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return obj is not None and obj.lemma_.lower() in LIVELIHOODS and foretold(verb) and not negated(verb)


def denied_effect(verb: Token, pol: int | None) -> tuple[int | None, bool]:
    """A help or harm an issue is said it will not bring is the contrary verdict, its negation read:
    "said the smoking ban would not harm pubs" backs the ban (it read as nothing; neg33 written news;
    dev 0.3342, train 0.5193, seeds 0.6575, statements identical)."""
    if pol and negated(verb) and foretold(verb):
        return -pol, True
    return pol, False
