"""Who acts in a clause: subjects (inherited through xcomp, conj and participles), agents and
patients of passives, the reporting frame a clause sits in, and whether a verb of force is an
armed act. Split from ``kg.extract.clauses`` (cues, clause tests, objects), which it builds on."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.clauses import GOAL_NOUNS, RAISING_PASSIVES, RELATIVE_PRONOUNS, SUBJECT_CONTROL, pobj
from kg.extract.headlines import headline_plan, headline_subject, joined_clause
from kg.extract.conjuncts import conj_head, nearer_conjunct, passive_partner_subject, reported_conjunct, reporters_conjunct
from kg.extract.doc_words import sentence
from kg.extract.perception import perceived_doer
from kg.extract.phrases import ACCUSING
from kg.extract.relatives import office_holder
from kg.lexicon import Lexicon

if TYPE_CHECKING:
    from kg.extract.context import Context

# words that deny anyone: '"Nobody is proposing that we join Nato," X said' proposes nothing (``actor_of``),
# and what "helps nobody" harms (``effect``)
NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})
# a text's author speaks in it; a body that adopts or passes a motion speaks in it too ("the assembly
# adopted a resolution calling for a ceasefire": the assembly calls for it)
AUTHORING = frozenset({"write", "issue", "publish", "release", "pen", "sign", "send", "post", "adopt", "pass"})


def subject_of(tok: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp, conj and participles."""
    if (plan := headline_plan(tok) or headline_subject(tok)) is not None:
        return plan  # "Labour to scrap tuition fees", "Labour attacks Tory tax plans"
    t = tok
    participle = False
    for _ in range(8):
        subj = clause_subject(t)
        if subj is not None and t.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
            return among_those(t.head) or office_holder(t) or t.head  # "Mr. Obama, who has opposed the plan": the antecedent acts
        if subj is not None or (subj := perceived_doer(t)) is not None:
            return subj  # (or the one seen acting: "the meeting saw MPs warn")
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in RAISING_PASSIVES:
            raised = next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:
                return raised
        if t.dep_ == "xcomp" and t.head.lemma_ == "be":
            goal = next((c for c in t.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS), None)
            owner = next((c for c in goal.children if c.dep_ == "poss"), None) if goal is not None else None
            if owner is not None:
                return owner  # "their objective was to press Russia ...": they press
        if participle and t.dep_ in {"pobj", "prep", "dobj"} and t.head != t:
            t = t.head  # "dismissed X as a show, insisting on ...": the participle's clause is the verb's
            continue
        if t.dep_ == "acl" and t.tag_ in {"VBD", "VBZ", "VBP"} and t.sent.root.pos_ in {"NOUN", "PROPN"}:
            return t.sent.root  # "Oman, which has hosted talks ..., called on both sides": the parser made
            # the name the root and the finite verb a clause of the last noun; the name is its subject
        if t.dep_ == "acl" and t.tag_ == "VBG":
            if t.left_edge.i > 0 and not t.doc[t.left_edge.i - 1].is_punct and t.head.pos_ in {"NOUN", "PROPN"} and not (
                    t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in AUTHORING):  # "wrote an op-ed urging": the writer
                return t.head  # "vetoed a resolution condemning the government": the resolution condemns
            participle = True
        if t.dep_ in {"acomp", "oprd"}:  # "Russia is ready", "seemed willing": the verb holds the subject
            t = t.head
            continue
        if t.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acl"} and t.head != t:
            if (holder := with_absolute(t)) is not None:
                return holder  # "..., with Jeremy Corbyn saying her murder was ...": Corbyn says
            if t.dep_ == "xcomp":  # object control: "urged Moscow to act"
                obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
                if obj is not None and t.head.lemma_.lower() not in SUBJECT_CONTROL:
                    return obj
            if t.dep_ == "pcomp":
                obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
                if t.head.lower_ == "for" and obj is not None:
                    return obj  # "criticized Obama for not doing so", "thanked Kerry for helping"
                owner = next((c for c in t.head.head.children if c.dep_ == "poss"), None)
                if t.head.lower_ in {"in", "of"} and t.head.head.pos_ == "NOUN" and owner is not None:
                    return owner  # "praised the U.K. for its role in supporting Ukraine": the U.K. supports
                t = t.head.head
                while t.dep_ in {"pobj", "prep"} and t.head != t:
                    t = t.head  # "was not in the habit of supporting": up to the clause's verb
                continue
            if t.dep_ == "conj" and (shared := passive_partner_subject(t)) is not None and reporters_conjunct(t) is None:
                return shared  # "X was concerned by ... and urged Y": X urges
            t = (reporters_conjunct(t) or reported_conjunct(t) or nearer_conjunct(t) or conj_head(t)) if t.dep_ == "conj" else t.head
            continue
        if t.dep_ == "relcl":
            return t.head
        return None
    return None


def among_those(those: Token) -> Token | None:
    """Who "those" are in "Among those who have criticised the plans are the UK's top
    policeman ...": the one the copula names after the inverted "among" phrase."""
    prep = those.head
    if those.lower_ != "those" or those.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ in {"nsubj", "attr"} and c.i > those.i), None)


def clause_subject(verb: Token) -> Token | None:
    """The verb's own subject; of two, the one after a colon: in "Brexit: UK government
    calls for calm" the parser makes the headline's topic a second subject."""
    if (doer := whose_object_doer(verb)) is not None:
        return doer
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subjects) > 1 and any(x.text == ":" for x in verb.doc[subjects[0].i + 1:subjects[-1].i]):
        return subjects[-1]
    if len(subjects) > 1 and (name := name_after_title(subjects) or name_after_comma(subjects)
                              or name_in_split_title(subjects)) is not None:
        return name
    if len(subjects) > 1 and (word := hyphened_title(subjects)) is not None:
        return word
    return (name_ending_title(subjects[0]) or subjects[0]) if subjects else name_left_as_modifier(verb)


def name_ending_title(subj: Token) -> Token | None:
    """The person named at the end of a subject the parser rooted in the first word of a
    listed title ("Culture, Media and Sport Secretary Tessa Jowell backed": root "Culture"):
    the title word just before the name makes the whole phrase that person."""
    if subj.ent_type_ == "PERSON" or not subj.is_title or subj.right_edge.ent_type_ != "PERSON":
        return None  # (the last test: no person's name ends the subject, so no need to build every entity)
    ent = next((e for e in subj.doc.ents if e.end - 1 == subj.right_edge.i and e.label_ == "PERSON"), None)
    title = subj.doc[ent.start - 1] if ent is not None else None
    if ent is None or ent.start <= subj.i + 1 or not (title.is_title or subj.pos_ == "PROPN" and title.is_lower) \
            or title.dep_ != "compound" or title.head != ent.root:
        return None  # (a lower-case title after a name: "Commission for racial equality chief Trevor Phillips", train)
    return ent.root


def name_left_as_modifier(verb: Token) -> Token | None:
    """'Dan, for his part, pledged': a name opening the clause before a comma that the
    parser hung on the verb as a noun-phrase adverb is the verb's subject."""
    return next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and c.i + 1 < len(c.doc)
                 and c.doc[c.right_edge.i + 1].text == ","), None) or opening_name(verb)


def opening_name(verb: Token) -> Token | None:
    """'Trump, later alleging - again falsely - that Obama wanted to admit them, said he would': the
    person's name opening the sentence before a comma, which the parser hung as a bare 'dep' inside
    the clause that follows, leaving the root verb without a subject, is that verb's subject."""
    sent = sentence(verb)
    if verb != sent.root or verb.pos_ != "VERB":
        return None
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.dep_ != "dep" or first.ent_type_ != "PERSON" or first.i >= verb.i:
        return None
    end = first.i + 1
    while end < verb.i and first.doc[end].ent_iob_ == "I":
        end += 1
    return first if first.doc[end].text == "," else None


def name_after_comma(subjects: list[Token]) -> Token | None:
    """The name the parser made a second subject after a role phrase and a comma ("The new chairman
    of the Bar Council, Guy Mansfield QC warned", or no comma: "The charity Age Concern urged"):
    the name is who the role is."""
    role, name = subjects[0], subjects[-1]
    between = role.doc[role.right_edge.i + 1:name.left_edge.i]
    if role.pos_ != "NOUN" or name.pos_ != "PROPN" or [t.text for t in between] not in ([","], []):
        return None
    if not between and any(True for _ in role.rights):
        return None  # "the leaders of Spain, Italy and the UK joined": one subject the parser split, no descriptor
    return name


def name_in_split_title(subjects: list[Token]) -> Token | None:
    """The named person when the parser cut a compound title at its "and" into a subject of its
    own ("Work and Pensions Secretary Alan Johnson welcomed": "Work", "Johnson"): the two
    subjects run on without a break, so they are one phrase and the name is who acts."""
    first, name = subjects[0], subjects[-1]
    if first.right_edge.i + 1 != name.left_edge.i or first.right_edge.dep_ != "cc" or name.ent_type_ != "PERSON":
        return None
    return name


def hyphened_title(subjects: list[Token]) -> Token | None:
    """The head of a hyphened title the parser cut into subjects ("The Left party's co-leader,
    Magdalena Biejat, blamed": "co", "-", "leader"): the subjects run on through the hyphen, so
    the last word is the subject and its apposition names who acts (probe sentence, written)."""
    first, last = subjects[0], subjects[-1]
    run = first.doc[first.i:last.i + 1]
    if len(run) != len(subjects) or not any(t.text == "-" for t in run) or run[-1].pos_ != "NOUN":
        return None
    return last


def name_after_title(subjects: list[Token]) -> Token | None:
    """The name a title stands before when the parser split a hyphened surname into subjects
    of their own ("security minister Itamar Ben-Gvir condemned": "minister", "Ben", "Gvir"):
    the last subject inside the name that starts right after the title."""
    title, doc = subjects[0], subjects[0].doc
    if title.pos_ != "NOUN" or title.i + 1 >= len(doc) or doc[title.i + 1].ent_iob_ != "B":
        return None
    end = title.i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    inside = [s for s in subjects[1:] if s.i < end]
    return inside[-1] if inside else None


def whose_object_doer(verb: Token) -> Token | None:
    """The name the parser hung on a "whose" noun it took for the subject: in "McCain, whose war
    record Trump belittled" the record is belittled and Trump (parsed as the noun's apposition,
    or a compound of the verb) belittles."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"dobj", "auxpass"} for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and any(p.dep_ == "poss" and p.lower_ == "whose" for p in c.children)), None)
    if noun is None:
        return None
    return next((c for c in [*noun.children, *verb.children] if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN"
                 and noun.i < c.i < verb.i and not any(t.is_punct for t in verb.doc[noun.i:c.i])), None)


def with_absolute(verb: Token) -> Token | None:
    """The noun of an absolute "with" phrase that a participle completes ("campaigning was
    suspended, with Jeremy Corbyn, the Labour leader, saying ..."): the parser hangs the
    participle from a verb, right after the phrase (which may hang elsewhere)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    j = verb.i - 1
    while j > 0 and verb.doc[j].is_punct:
        j -= 1
    for t in [verb.doc[j], *verb.doc[j].ancestors]:
        if t.dep_ == "prep" and t.lower_ == "with":
            noun = pobj(t)
            before = verb.doc[t.i - 1] if t.i > 0 else None
            if before is not None and not before.is_punct and not before.is_sent_start:
                return None  # a companion, no absolute: "hit the trail with Clinton, accusing Trump" is Biden's
            if max(x.i for x in t.subtree) == j and noun is not None and (
                    noun.pos_ in {"PROPN", "PRON"} or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}):
                return noun  # a named one ("with a pocket watch, saying" is the poster's)
            return None
        if t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def agent_of(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if tok.lemma_.lower() in ACCUSING:
        return gerund_agent(tok)
    return None


def gerund_agent(tok: Token) -> Token | None:
    """"was accused of misleading parliament by Labour": the parser hangs the accuser's "by" on the
    gerund of the act alleged (a passive gerund's own agent, "of being paid by lobbyists", is not it)."""
    for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        if g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(a.dep_ == "auxpass" for a in g.children):
            by = next((b for b in g.children if b.dep_ == "prep" and b.lower_ == "by"), None)
            return pobj(by) if by is not None else None
    return None


def reduced_passive(tok: Token) -> bool:
    """A participle with its agent that modifies a noun: "a plan condemned by charities"."""
    return tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and agent_of(tok) is not None


# verbs of pressing someone to act, which take their object before "to": without one they are passive
URGING_VERBS = frozenset({"urge", "press", "pressure", "tell", "order", "encourage", "advise"})


def headline_passive(tok: Token) -> bool:
    """A headline's passive without its "were": "Blair and Brown criticised by MPs" (a
    participle with an agent and no auxiliary, whose subject the parser made active), or
    "Blair urged to publish advice" (an urging verb with no object before its "to")."""
    if tok.dep_ != "ROOT" or tok.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False
    if tok.tag_ == "VBN" and agent_of(tok) is not None:
        return True
    return tok.lemma_.lower() in URGING_VERBS and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to" \
        and not any(c.dep_ in {"dobj", "dative"} for c in tok.children)


def passive(tok: Token) -> bool:
    """A verb in the passive: "was welcomed by ...", or a reduced one ("a plan condemned by ...")."""
    return reduced_passive(tok) or headline_passive(tok) or any(c.dep_ == "auxpass" for c in tok.children)


def patient_of(tok: Token) -> Token | None:
    """What a passive verb acts on: its passive subject, or the noun a reduced passive modifies,
    or the subject a raising passive lends it ("the bill is expected to be opposed")."""
    if reduced_passive(tok):
        return tok.head
    own = next((c for c in tok.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and headline_passive(tok))), None)
    if own is None and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        # "The cuts were recommended by Gershon, and were accepted by Brown": the first passive's subject
        own = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if own is None and tok.head.dep_ == "relcl" and tok.head.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.head.children):
            return tok.head.head  # "the truce, which began in February and was backed by Russia": the truce
    if own is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in RAISING_PASSIVES:
        return next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None) or relative_subject_hung(tok.head)
    return own


def relative_subject_hung(head: Token) -> Token | None:
    """The subject of a raising passive the parser hung on a clause before it ("The bill, which ministers
    claim will tackle crime, is expected to be opposed": "claim" read as a noun, "bill" as the subject of
    "tackle"): a noun with a relative clause, before the clause it is hung on, which comes before ``head``."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return None
    for clause in (c for c in head.children if c.dep_ == "ccomp" and c.i < head.i):
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and any(
                r.dep_ == "relcl" and any(w.lower_ in RELATIVE_PRONOUNS for w in r.subtree) for r in subj.children):
            return subj
    return None


def speech_frame(lex: Lexicon, tok: Token) -> Token | None:
    """The reporting verb that ``tok``'s clause hangs from: "X said [Y would accept]",
    "X said [Y remained opposed]" (an adjective's clause is its copula's)."""
    t = tok
    while t.head != t and t.dep_ in {"ccomp", "xcomp", "conj", "advcl", "parataxis", "acomp"}:
        if t.dep_ == "conj":
            t = t.head
            continue
        head = t.head
        if head.lemma_.lower() in lex.speech and t.dep_ in {"ccomp", "parataxis"} and not joined_clause(lex, t):
            return head
        t = head
    # "Ukraine expects ..., Zelensky said": spaCy makes the reported clause the ccomp
    # of a ROOT speech verb that follows it; handled above. A ROOT clause with a
    # trailing "X said" parses the same way.
    return None


# the marks of an adverbial clause that narrates what happened around the report, not what it reports
BACKGROUND_MARKS = frozenset({"after", "when", "since", "because", "before", "once", "as", "while"})


def background_doer(tok: Token, subj: Token | None) -> bool:
    """"Renzi said he would resign after voters rejected his reform", "Anwar says he will not interfere
    as UMNO hails the ruling": the act of an adverbial clause with its own noun or name subject is that
    subject's, told as the report's occasion; the reporter takes no part in it (not "Renzi rejects the
    reform", "Anwar praises the ruling"). "as long as", "as soon as" set a condition or a time, not one."""
    return subj is not None and subj.pos_ in {"NOUN", "PROPN"} and subj.head == tok and tok.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children) \
        and not any(c.lower_ in {"long", "soon", "far", "well"} for c in tok.children)


def questioned(tok: Token, frame: Token) -> bool:
    """``tok``'s clause is the content of a question under ``frame`` ("questioned why the government
    had accepted mediation", "asked whether Labour would raise taxes"): its act is not the asker's."""
    t = tok
    while t != frame and t.head != t:
        if any(c.i < t.i and (c.tag_ in {"WRB", "WP", "WDT"} or (c.dep_ == "mark" and c.lower_ in {"whether", "if"}))
               for c in t.children):
            return True
        t = t.head
    return False


# people police or a committee question that no role or person list of the gazetteer names
QUESTIONED = frozenset({"suspect", "witness", "detainee", "man", "woman", "people", "driver", "passenger", "staff",
                        "employee", "student", "survivor", "victim"})


def interrogation(ctx: Context, verb: Token, obj: Token | None) -> bool:
    """Questioning a person ("police questioned the suspect", "was questioned by MPs"), not doubt
    cast on a thing ("questioned the announcement"); "questioned whether ..." is left to the rules
    that read it before (as a cue there it added a stray second target on train)."""
    if verb.lemma_.lower() != "question":
        return False
    if passive(verb) or obj is None:
        return True
    return (obj.pos_ == "PRON" or obj.ent_type_ in {"PERSON", "NORP"}
                                or obj.lemma_.lower() in QUESTIONED | ctx.lex.person_nouns | ctx.lex.role_nouns
                                or ctx.resolver.resolve(obj) is not None)


def armed(lex: Lexicon, verb: Token, obj: Token | None) -> bool:
    """An attack by force: an armed subject ("Russian forces", "warplanes"), or a place or
    thing attacked ("Kharkiv", "the convoy"), not words against a person or a policy."""
    subj = subject_of(verb) if not passive(verb) else agent_of(verb)
    if subj is not None and (subj.lemma_.lower() in lex.armed_subjects or subj.lower_ in lex.armed_subjects):
        return True
    if passive(verb):
        obj = patient_of(verb)
    return obj is not None and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lemma_.lower() in lex.armed_objects)


def object_as_subject(verb: Token) -> Token | None:
    """The subject of a reported clause the small model hung on the reporting verb as its object
    ("warned [the cuts] would cost jobs", "insisted the laws would not lead to ..."): the object
    right before a subjectless clause, nothing between but the clause's auxiliaries (neg33)."""
    head = verb.head
    if verb.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    between = verb.doc[obj.right_edge.i + 1:verb.i] if obj is not None else ()
    return obj if obj is not None and all(t.head == verb and t.dep_ in {"aux", "neg"} for t in between) else None
