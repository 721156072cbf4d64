"""A bare ``says`` whose quotation opens on a pronoun pointing back, the subject of a copula ('"This is a
return to selection by the back door," he said', '"That is not a bargaining chip for us"'), filed under the
issue the sentences just before reported a position on (the schools plans, the minimum wage), not under the
words after the copula. Coders file the remark under what "this" stands for; where those words name an issue
of the vocabulary ("This is a prudent Budget", "This is a good deal") or a party ("This is a man who ..."),
they keep it. Full F1 dev 0.3461 -> 0.3472 (says precision 0.263 -> 0.272), train 0.5327 (=), seeds 0.6667
(=), quotes unchanged; all probes together 0.5867 -> 0.5874 (37 says retargeted, says right 192 -> 195 of
473). Not "It is ...": mostly an expletive on train and the probes ("It is not right that ...", "It was my
genuine view that ..."), probes 2 statements worse in a replay. Taking the issue just before for any
pointing-back says, a vocabulary issue or a party too, lost train 0.5327 -> 0.5310 in a replay ('"This is a
big change in our political culture"' coded under the change)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.extract.article_issue import VOTING, vague
from kg.records import Relation, Statement, Topic

# "This is a sad day", "That was a mistake", "That's his problem": not "This plan is ...", "This has been ..."
POINTING_BACK = re.compile(r"^\W*(?:this|that)(?:\s+(?:is|was|will be|would be)\b|['’]s\b)", re.IGNORECASE)
REACH = 400  # characters back from the remark's sentence: the sentence or two before it


def points_back(st: Statement, text: str) -> bool:
    """A bare ``says`` whose quoted words in its sentence open with "This is ..." or "That was ..."."""
    q = st.quote
    if st.relation is not Relation.SAYS or q is None:
        return False
    return bool(POINTING_BACK.match(text[max(q.start, st.sentence.start):q.end]))


def issue_just_before(stmts: list[Statement], st: Statement) -> Topic | None:
    """The issue of the last position taken in the sentences just before the remark's."""
    before = [k for k in stmts if k.relation in VOTING and isinstance(k.target, Topic) and not vague(k, set())
              and k.sentence.end <= st.sentence.start and st.sentence.start - k.sentence.end <= REACH]
    if not before:
        return None
    last = max(k.sentence.start for k in before)
    return next(k.target for k in before if k.sentence.start == last)


def said_back(stmts: list[Statement], text: str, named: Callable[[Statement], bool] = lambda st: False
              ) -> list[Statement]:
    """Each pointing-back ``says`` (``points_back``) with no target or on a phrase that names no vocabulary
    issue, filed under the issue just before it (``issue_just_before``). Targetless ones too: world2016 probes
    pooled 0.6071 -> 0.6077, dev, train and seeds unchanged. Not one on what "this" is called where the
    article names that thing again (``named``: ``said_subject.on_what_it_is``, "This is a prudent Budget")."""
    out = []
    for st in stmts:
        open_target = st.target is None or isinstance(st.target, Topic) and not st.target.in_vocabulary
        if open_target and points_back(st, text) and not named(st):
            found = issue_just_before(stmts, st)
            if found is not None:
                st = replace(st, target=found)
        out.append(st)
    return out
