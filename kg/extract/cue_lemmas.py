"""The words ``clauses.verbal_cue`` can find a cue at, per lexicon. verbal_cue is asked of every word
(some 36k times on dev), and a verb no cue table holds ("say", "reach") had walked its children about
six times, building a phrasal key per child, to learn it is none. A word whose lemma is in none of these
tables, and whose own form is no adjective or feeling of the lexicon, gets no cue: verbal_cue says so first.
A new test in verbal_cue on a lemma must add its lemmas here (tests/test_children_tables_and_cue_lemmas.py
reads verbal_cue's source for them)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon

# the lemmas verbal_cue names in its own tests ("called Lavrov to discuss", "took a firm stance against"), and
# those of the modules it asks by lemma ("voted to delay the ban": voted_acts)
NAMED = frozenset({"call", "ring", "agree", "take", "adopt", "discuss", "debate", "speak", "talk", "vote"})


def phrasal_heads(phrasal: dict[str, str]) -> set[str]:
    """Every lemma ``L`` with a key ``f"{L} {rest}"``: each words-prefix of each phrasal key."""
    heads: set[str] = set()
    for key in phrasal:
        words = key.split(" ")
        heads.update(" ".join(words[:n]) for n in range(1, len(words)))
    return heads


def cue_lemmas(lex: Lexicon) -> frozenset[str]:
    """The lemmas some test of verbal_cue can answer with a cue, made once per lexicon (its memo)."""
    got = lex.memo.get("cue_lemmas")
    if got is None:
        from kg.extract.clauses import PROMISING, RECEIVING_GUESTS
        from kg.extract.leaving import LEAVING_VERBS
        from kg.extract.recognition import CONCEDING

        got = lex.memo["cue_lemmas"] = frozenset().union(
            lex.verbs, lex.adjectives, lex.orders, lex.light_verbs, lex.emphasis_verbs, lex.act_holders,
            phrasal_heads(lex.phrasal), NAMED, RECEIVING_GUESTS, PROMISING, LEAVING_VERBS, CONCEDING,
            (v.split("-")[-1] for vs in lex.pledged_cooperation.values() for v in vs))  # ("co-operate": the verb token is "operate")
    return got


def may_cue(lex: Lexicon, lemma: str, tok: Token) -> bool:
    """False for a word no test of verbal_cue can find a cue at: its lemma in no cue table, its own form
    no adjective ("committed to") nor feeling ("angered by") of the lexicon."""
    if lemma in cue_lemmas(lex):
        return True
    lower = tok.lower_
    return lower in lex.adjectives or lower in lex.feelings
