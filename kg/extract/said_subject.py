"""A bare ``says`` filed under what its quotation's first clause is about: its subject, where that is a
thing and not a party ('"The annual cap was the line we could not cross"' is about the annual cap,
'"Dissolution is not an option for the president"' about dissolution, '"The sanctions will remain until
Russia meets its commitments"' about the sanctions). The target the stages read there is a phrase further
on ("president", "commitments"), while coders file the remark under the thing it is said of. Not a
person, a group or a role ("Many of the families involved are already struggling"), a pronoun ("it",
"this": what they stand for is another's), a name (a party the remark may or may not be about), a number
or a date ("Seven out of ten", "Today is a watershed"). Full F1 dev 0.3451 -> 0.3461 (says precision
0.254 -> 0.263), train 0.5314 -> 0.5322, seeds 0.6667 (=), quotes unchanged (PolNeAR dev speakers 325 =);
probes pooled news2025 0.5604 -> 0.5611, world2016 0.5888 -> 0.5929, bbc2004 and fifth unchanged. Without the
party, frame and participle guards train fell to 0.5292 ("The association is ...", "My view is that ...",
"journalists working ...")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from kg.extract.candidates import left_as_it_was
from kg.extract.context import Context
from kg.extract.target_tokens import target_from
from kg.records import Relation, Span, Statement, Topic

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def party_nouns(lex) -> frozenset[str]:
    """Nouns that name a party, not a thing: persons, roles, groups, institutions ("the association")."""
    return lex.person_nouns | lex.role_nouns | lex.group_nouns | lex.institution_nouns | lex.collective_nouns


def framed(verb) -> bool:
    """A clause whose subject only frames what is said: "My view is that ...", "The question is whether ...",
    "The eruption of war ... is a reminder that the nominating process will ...": the content is the clause."""
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ == "attr" and any(g.dep_ in {"acl", "ccomp"} and any(x.dep_ == "nsubj" for x in g.children)
                                 for g in c.children) for c in verb.children)


def finite(verb) -> bool:
    """A finite clause: not a participle the parser took for the root ("journalists working in more than 25
    languages dug into ..."), unless an auxiliary makes it one ("is being delivered")."""
    return verb.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


POINTING = frozenset({"this", "that", "it"})


def what_it_is(ctx: Context, subj: Token) -> Token | None:
    """'"This is a prudent Budget ..."', '"This is a manifesto for real change"': what "this" is called,
    where the article speaks of that thing elsewhere too (its word recurs), is the thing the remark is
    filed under; a word used once is the speaker's verdict ("a sad day", "a panic measure"), whose
    "this" stands for another's issue, and the remark keeps the target the stages read. Probes (all sets):
    20 says retargeted, 8 right where they were wrong (a prudent Budget, a good deal, a real resignation),
    none lost once "a man who ..." was left out; train one more right (a Labour Party meeting); dev unchanged."""
    verb = subj.head
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
    if verb.lemma_.lower() != "be" or attr is None or ctx.salience.get(attr.lemma_.lower(), 0) < 2:
        return None
    if any(c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} for w in c.children) for c in attr.children):
        return None  # "This is a man who thinks ...": a person spoken of (``said_back`` keeps its party)
    return attr


def quoted_subject(ctx: Context, sdoc: SpacyDoc, part: Span) -> Topic | None:
    """The thing the first clause of a quotation's part speaks of: its first subject, a common noun (or a
    clause: "Cutting seats without reforming political funds is ...") that names no actor."""
    span = sdoc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None:
        return None
    subj = next((t for t in span if t.dep_ in SUBJECTS and t.head in span), None)
    called = what_it_is(ctx, subj) if subj is not None and subj.lower_ in POINTING else None
    if called is not None:
        subj = called  # (a thing the article names may be tagged a name, "Budget": target_from reads it a topic)
    elif subj is None or subj.ent_type_ or not (subj.pos_ == "NOUN" or subj.dep_ == "csubj" and subj.pos_ == "VERB"):
        return None
    lex = ctx.lex
    if subj.lemma_.lower() in party_nouns(lex) or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children) or framed(subj.head) or not finite(subj.head):
        return None  # a party's or the speaker's own ("Its divisions"), a frame ("My view is that ..."), no clause
    with left_as_it_was(ctx.resolver) as resolver:
        if called is None and resolver.resolve(subj) is not None:
            return None  # a noun the resolver reads as an actor's mention: a party, not a thing
    found = target_from(ctx, subj)[0]
    return found if isinstance(found, Topic) else None


def of_its_subject(ctx: Context, sdoc: SpacyDoc | None, stmts: list[Statement]) -> list[Statement]:
    """Each bare ``says`` on a quotation whose first clause in its sentence has a thing for subject,
    filed under that thing (``quoted_subject``)."""
    if sdoc is None:
        return stmts
    out = []
    for st in stmts:
        q = st.quote
        if st.relation is Relation.SAYS and q is not None and q.start < st.sentence.end and st.sentence.start < q.end:
            a, b = max(q.start, st.sentence.start), min(q.end, st.sentence.end)
            found = quoted_subject(ctx, sdoc, ctx.span(a, b))
            if found is not None and not said_apart(stmts, st, found):
                st = replace(st, target=found)
        out.append(st)
    return out


def said_apart(stmts: list[Statement], st: Statement, target: Topic) -> bool:
    """Another quotation of the same speaker in the sentence already ``says`` it ('"Immunity deals should
    not be ...," Chaffetz said, adding that they were handed out "like candy."'): the two would be merged
    and one quotation lose its speaker (PolNeAR dev speakers 325 -> 324 without this)."""
    return any(k is not st and k.actor == st.actor and k.relation is Relation.SAYS and k.target is not None
               and (k.target.key == target.key or k.target.label.lower() == target.label.lower())
               and k.sentence.start == st.sentence.start and k.quote != st.quote
               for k in stmts)


def on_what_it_is(ctx: Context, sdoc: SpacyDoc | None, st: Statement) -> bool:
    """A bare ``says`` filed under what its quotation's "this" is called (``what_it_is``): the issue the
    sentences before name does not replace it (``said_back``)."""
    q = st.quote
    if sdoc is None or st.relation is not Relation.SAYS or q is None or st.target is None:
        return False
    span = sdoc.char_span(max(q.start, st.sentence.start), min(q.end, st.sentence.end), alignment_mode="expand")
    subj = next((t for t in span if t.dep_ in SUBJECTS and t.head in span), None) if span is not None else None
    called = what_it_is(ctx, subj) if subj is not None and subj.lower_ in POINTING else None
    found = target_from(ctx, called)[0] if called is not None else None
    return found is not None and found.label.lower() == st.target.label.lower()
