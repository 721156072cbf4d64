"""A past or present-tense verb the small model coordinated with the base-form verb of a complement
clause ("Kim had demanded that any merger follow a fair process and rejected Han's call"): a finite verb
never shares a subject and auxiliary with a bare verb, so it is the main verb's second act."""
from __future__ import annotations

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# the main verbs a finite verb can share a subject with: a present one continues a past reporter's
# reported clause ("Pence pledged that Trump ... but wants smarter trade deals"), so it is left alone
TENSES = {"VBD": {"VBD", "VBN"}, "VBZ": {"VBZ"}}
# plain reporting verbs keep their hanging conjuncts: kg reads a conjunct of "said" as more of the report
# and gives it the report's content for a target ("said Washington would consider any extradition request
# but urged Ankara to present evidence": Kerry demands the request; probes probew16, 26b, 33b, w16c)
# (the forms: this repair runs before the lemmatizer)
REPORTING = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes", "written",
                       "announced", "announces", "reported", "reports", "posted", "posts", "tweeted", "tweets",
                       "noted", "notes"})


def complement_conjuncts(sent) -> list:
    """(verb, bare verb, main verb) for each finite verb without a subject hung on a bare verb that is
    the complement of a main verb of the same tense before it, not a plain reporting verb, and with no "to"
    (an infinitive has its own repair)."""
    triples = []
    for verb in sent:
        bare = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or bare.tag_ != "VB" \
                or bare.dep_ != "ccomp" or any(c.dep_ in SUBJECTS for c in verb.children) \
                or any(c.lower_ == "to" for c in bare.children):
            continue
        main = bare.head
        if main.pos_ == "VERB" and main.tag_ in TENSES[verb.tag_] and main.i < bare.i \
                and main.lower_ not in REPORTING \
                and any(c.dep_ in SUBJECTS for c in main.children):
            triples.append((verb, bare, main))
    return triples
