"""Whether a clause asserts its act: negation ("did not accept", "no longer backs"),
hypotheticals ("if Russia agrees"), conditions ("would accept only if ..."), the cue that
governs a clause, and irrealis, an act demanded, proposed or threatened but not done."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import (COMMITTING, CONTENT_NOUNS, FUTURE, HYPOTHETICAL_MARKS, IMPLICATIVE, IRREALIS_HEADS,
                                NEGATION_RAISERS, OBLIGATION, OPINION_RAISERS, RAISING_PASSIVES, RELATIVE_PRONOUNS,
                                SUBJECT_CONTROL, Cue, nominal_cue, object_of, pobj, stance_cue, to_come, verbal_cue)
from kg.extract.conjuncts import conj_head, reporters_conjunct
from kg.extract.denials import denied_clause, in_denied_act  # noqa: F401  (in_denied_act: read from here too)
from kg.extract.doc_words import children, lemmas
from kg.extract.headlines import joined_clause
from kg.extract.held_until import held_unless, held_until, only_if_after_report, ready_if
from kg.extract.relatives import gap_relative
from kg.extract.subjects import reduced_passive
from kg.lexicon import Lexicon

# "failed to agree on a ceasefire", "fail to reach a deal": no agreement was made, and none was refused
FAILED_AGREEING = frozenset({"agree", "reach", "strike", "seal", "clinch"})


def no_longer(t: Token) -> bool:
    """'would no longer accept', 'will no more tolerate': a negation in two words."""
    return t.lower_ in {"longer", "more"} and any(c.lower_ == "no" for c in t.children)


def neither_nor(t: Token) -> bool:
    """'neither accepts nor recognises the award': both verbs are denied (the parser hangs
    "neither" on the first, or on its subject, and the second verb on it, with "nor")."""
    if any(c.lower_ == "neither" for c in children(t)) or any(
            w.lower_ == "neither" for c in children(t) if c.dep_ == "nsubj" for w in children(c)):
        return True  # ("neither Labour nor the Tories support it")
    return t.dep_ == "conj" and any(c.lower_ == "nor" for c in t.head.children) \
        and any(c.lower_ == "neither" for c in t.head.children)


def stopped_short(prep: Token) -> bool:
    """'stopped short of endorsing him', 'fell short of calling for it': the act is not done."""
    return prep.lower_ == "of" and (prep.head.lower_ == "short" or any(
        c.lower_ == "short" and c.dep_ in {"advmod", "acomp"} for c in prep.head.children))


def emphatic(t: Token) -> bool:
    """'could not agree more', "couldn't disagree with her more": a negated comparative that
    stresses the act rather than denies it ("can't support it any more" still denies it)."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() in {"can", "could"} for c in children(t)):
        return False
    return any(w.lower_ == "more" and all(c.dep_ == "poss" for c in w.children) and (w.nbor(-1).lower_ not in {"any", "no"})
               and (w.dep_ == "advmod" and w.head == t or w.dep_ == "pobj" and w.head.head == t)
               for w in t.subtree if w.i > t.i)


REFRAINING = frozenset({"refrain", "abstain", "desist"})  # "refrained from attacking his rivals"


def refrained(t: Token) -> bool:
    """'refrained from attacking his rivals', 'avoided criticising the president': the act is not done."""
    if t.dep_ == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in REFRAINING:
        return True
    return t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_.lower() == "avoid"


def not_because(c: Token) -> bool:
    """'backs him, not because I agree with him on everything, but ...': the "not" denies the
    reason, not the verb it hangs on."""
    return c.i + 1 < len(c.doc) and c.nbor().lower_ == "because"


def never_again(t: Token) -> bool:
    """'would "never again" allow a coup': the parser hangs "never" on the adverb, not the verb."""
    return any(c.dep_ == "advmod" and any(g.dep_ == "neg" and g.lower_ == "never" for g in c.children)
               for c in children(t))


def negated(tok: Token) -> bool:
    """Negated itself, through the phrase it fills ("not in the habit of supporting")
    or through a verb of intent above it ("I'm not going to support cutting Medicaid")."""
    t = tok
    if emphatic(tok):
        return False
    for _ in range(6):
        if any((c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} or no_longer(c)) and not not_because(c)
               for c in children(t) if c.dep_ in {"neg", "advmod"}) or neither_nor(t) or refrained(t) or never_again(t):
            return True
        if t.head == t:
            return False
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATION_RAISERS:
            t = t.head
            if t.dep_ in {"acomp", "oprd"}:  # "are not prepared to back": the negation sits on the copula
                t = t.head
            continue
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in OPINION_RAISERS and t.i > t.head.i:
            t = t.head  # "I don't think we want to set the precedent": the opinion's negation is the act's
            continue
        if t is tok and t.dep_ == "acomp" and t.head.pos_ in {"AUX", "VERB"}:
            t = t.head  # "is not opposed to the bill", "not happy with it": the negation sits on the copula
            continue
        if t.dep_ not in {"pcomp", "pobj", "prep"}:
            return False
        if t is not tok and t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            return False  # a clause of its own ("with the OAS limiting itself to backing"): out of reach
        if t.dep_ == "prep" and stopped_short(t):
            return True
        t = t.head
    return False


def vowed_not(tok: Token) -> bool:
    """"would not even meet Garland", "will not recommend charges", "won't propose": a refusal of
    one's own act to come, said now (not "did not meet", which reports no position)."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "wo"} for c in tok.children) \
        and (any(c.dep_ == "neg" for c in tok.children) or never_again(tok))


def refusing(lex: Lexicon, head: Token) -> bool:
    """A word of refusal that an infinitive hangs on: a verb ("refused to back") or an
    adjective ("unwilling to back", "reluctant to endorse"); the act under it is refused."""
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ":
        return lex.adjectives.get(lemma) == "rejects"
    return lex.verbs.get(lemma) == "rejects"


# "is unlikely to support the bill" forecasts an act not done; ("is likely to back the deal" is coded as the
# stance: dev full 0.316 -> 0.314 when it went too)
LIKELIHOOD = frozenset({"unlikely"})


def pending(head: Token) -> bool:
    """A head that puts the act under it off or in doubt: "has yet to endorse the plan" (not done yet),
    "is unlikely to support the bill" (a forecast against it): no act asserted, of either sign."""
    if head.lemma_.lower() in LIKELIHOOD and head.dep_ in {"acomp", "ROOT"}:
        return True
    return head.lemma_.lower() in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


WH_WORDS = frozenset({"which", "what", "who", "whom", "whose"})


def embedded_question(clause: Token) -> bool:
    """An object clause that asks which one ("refused to say which candidate he supports", "would not
    reveal who she backs"): the stance in it is the question's, not one the actor states."""
    if clause.dep_ != "ccomp":
        return False
    for c in clause.children:
        if c.i > clause.i or c.dep_ not in {"dobj", "nsubj", "attr", "pobj", "prep"}:
            continue
        words = [c, *(d for d in c.children if d.dep_ in {"det", "pobj"})]
        if any(w.lower_ in WH_WORDS and w.tag_ in {"WDT", "WP", "WP$"} for w in words):
            return True
    return False


def none_done(verb: Token) -> bool:
    """A passive whose subject is "no" thing ("no talks on any other issue had been agreed"): no act
    was done, and none refused either (unlike "did not accept the ceasefire")."""
    return any(c.dep_ == "auxpass" for c in children(verb)) and any(
        c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def hypothetical(tok: Token) -> bool:
    """Inside an if-clause (or a question of whether), or in what a speaker denies: the act is not asserted."""
    t = tok
    while t.head != t:
        if none_done(t):
            return True
        if denied_clause(t) or (t.dep_ == "advcl" and any(c.dep_ == "neg" and not_because(c) for c in t.children)):
            return True  # (a reason denied: "backs him, not because she agrees with his views": neither agreed nor not)
        if t.dep_ in {"advcl", "ccomp", "csubj", "conj"} and any(
                c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return True
        if any(c.lower_ in {"how", "whether"} for c in children(t) if c.dep_ in {"advmod", "mark"}) and any(
                c.lower_ == "to" for c in t.children if c.dep_ == "aux"):
            return True  # "consulting partners on how to support Ukraine": discussed, not done
        if t.dep_ == "xcomp" and t.head.lemma_.lower() == "fail" and t.lemma_.lower() in FAILED_AGREEING:
            return True
        if embedded_question(t):
            return True
        if t.dep_ == "xcomp" and pending(t.head):
            return True
        # "questioned whether the minister had read it and asked ...": the reporter's own act after
        # "and", hung on the questioned clause, is not inside the question
        t = (reporters_conjunct(t) or t.head) if t.dep_ == "conj" else t.head
    return False


def in_if_clause(tok: Token) -> bool:
    """Inside an adverbial if- or unless-clause ("if ministers agreed to fund more nurses"): a
    condition put, not an act done (unlike ``hypothetical``, no embedded question or denial)."""
    t = tok
    while t.head != t:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in t.children):
            return True
        t = t.head
    return False


# the times an act held back "only" until another is done waits for: its condition (written tests, probe29a)
ONLY_THEN = frozenset({"once", "when", "after"})


def condition_clause(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of an "only if" / "on condition that" clause attached to ``tok``."""
    if not (tok.n_lefts or tok.n_rights):
        return None  # a word no other hangs on (most words: asked of each) has neither clause nor phrase
    for child in children(tok):
        if child.dep_ != "advcl":
            continue
        left = " ".join(t.lower_ for t in child.subtree if t.i < child.i)
        if any(left.startswith(m) or f" {m}" in f" {left}" for m in lex.condition_markers):
            return child
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in child.children) and (any(
                t.lower_ == "only" for t in tok.doc[max(child.left_edge.i - 2, 0):child.left_edge.i + 1])
                or any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children) or ready_if(tok)):
            return child  # "would accept only if ...", "would only consider a truce if ..."
        if any(c.dep_ == "mark" and c.lower_ in ONLY_THEN for c in child.children) and any(
                c.dep_ == "advmod" and c.lower_ == "only" for x in (tok, tok.head if tok.dep_ == "conj" else tok)
                for c in x.children):
            return child  # "would only return to talks once the blockade was lifted", "could only be signed and ratified once"
        if any(c.dep_ == "mark" and c.lower_ == "unless" for c in child.children) and (negated(tok) or held_unless(tok) or any(
                c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)):
            return child  # "would not return to negotiations unless Israel froze settlement building", "warned against it unless"
        if any(c.dep_ == "mark" and c.lower_ == "until" for c in child.children) and (
                negated(tok) or held_until(tok)):
            return child  # "should be shelved until the problems are solved", "will not sign until ..."
    if (joined := only_if_after_report(tok)) is not None:
        return joined  # "said they were open to talks, but only if the US withdrew": the parser's conjunct
    # "accelerate the talks on condition that outside powers stay out": the parser hangs the
    # clause on the noun "condition", and the phrase on the verb or its object (none without the noun)
    if "condition" not in lemmas(tok.doc):
        return None
    for prep in [c for x in (tok, object_of(tok)) if x is not None for c in x.children if c.dep_ == "prep"]:
        noun = pobj(prep)
        if prep.lower_ == "on" and noun is not None and noun.lemma_.lower() == "condition":
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
    return None


def governing_cue(lex: Lexicon, tok: Token) -> Cue | None:
    """The nearest cue above ``tok`` through clause links (xcomp, ccomp, acl...)."""
    t = tok
    while t.head != t and t.dep_ in {"xcomp", "ccomp", "acl", "relcl", "pcomp", "pobj", "prep", "advcl", "dobj", "conj", "aux", "auxpass"}:
        t = t.head
        cue = verbal_cue(lex, t) or nominal_cue(lex, t)
        if cue is not None and t.lemma_.lower() not in lex.speech | lex.light_verbs:
            return cue
        if cue is not None and t.lemma_.lower() in {"urge", "ask", "demand", "warn"}:
            return cue
    return None


SPEAKING_FOR_SELF = frozenset({"i", "we"})


def obliged(verb: Token) -> bool:
    """An act someone else is told it must or should do ("Russia must agree", "the
    government should accept the report"): a demand of whoever says so, not the
    subject's act. "We must accept" is the speaker's own side, and stays its act; a
    passive ("these arguments should be rejected") names no one who acts, and is the
    speaker's own position."""
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OPINION_RAISERS:
        return False  # "does not believe the country should support the plan": the believer's position, read there
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in SPEAKING_FOR_SELF


def irrealis(lex: Lexicon, tok: Token) -> bool:
    """An act that is demanded, proposed or threatened, not performed:
    "urged Moscow to *accept*", "a deadline for Russia to *accept*"."""
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # a for-to infinitive ("for Russia to accept") never states an act
    if obliged(tok):
        return True  # "Russia must agree to a ceasefire": its speaker demands it; Russia has agreed to nothing
    if reduced_passive(tok):
        return False  # "the plan, condemned by charities": a participle with its agent states the act
    if said_in_wishing(tok):
        return False  # '"I want to thank the volunteers"': thanked as it is said
    t = tok
    while t.head != t and t.dep_ in {"xcomp", "ccomp", "acl", "relcl", "pcomp", "pobj", "prep", "advcl", "dobj", "conj"}:
        if t.dep_ == "conj":
            first = conj_head(t)
            if t.tag_ == "VB" and obliged(first) and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in t.children):
                return True  # "Russia should withdraw its troops and accept the plan": the second act is asked too
            t = first
            continue
        if joined_clause(lex, t):
            return False  # "Kiir rejects troops, U.N. threatens embargo": a headline's clause of its own
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in {"to", "that"} for c in t.children):
            return False  # "proposed talks after Kiev called for a truce": an adverbial clause states its own act
        if t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in t.children) \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
            return False  # "wants Gulen, whom Ankara blames for the coup": a relative clause with its own subject too
        if gap_relative(t) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
            return False  # "the plan, which Labour opposes", "groups who oppose the plan": a relative clause states its act
        head = t.head
        if comma_participle(t):
            return False  # "urged Cho to resign, accusing the Cabinet of ...": the asker's own act, not one asked
        if t.dep_ == "xcomp" and head.lemma_.lower() in RAISING_PASSIVES and any(c.dep_ == "auxpass" for c in head.children):
            t = head  # "is expected to be opposed by the Liberal Democrats": a forecast, no demand
            continue
        cue = verbal_cue(lex, head) or nominal_cue(lex, head)
        if t is tok and (head.lemma_.lower() in COMMITTING or head.lemma_.lower() == "warn") and stance_cue(lex, t) is not None and (
                (t.dep_ == "xcomp" and head.lemma_.lower() != "warn") or (t.dep_ == "ccomp" and negated(t) and to_come(t))):
            # ("warned that it would not tolerate unrest": a refusal to come, stated as the warning is)
            # "pledged to support Greece", "promised he would never sign up to it": one's own stance, as the pledge is stated
            return irrealis(lex, head)
        if cue is not None and cue.relation in IRREALIS_HEADS and t.dep_ != "conj":
            return True
        if t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children) and head.lemma_.lower() not in SUBJECT_CONTROL \
                and not (head.lemma_.lower() in IMPLICATIVE and not negated(head)):
            return True  # object control: "told Putin to accept", "pressed Russia to agree"
        if t.dep_ == "xcomp" and head.lemma_.lower() in lex.reversals:
            return True  # "must stop portraying Latinos as ...": an act to be stopped is not asserted
        if head.lemma_.lower() in {"deadline", "possibility", "prospect", "aspiration", "aspirations", "attempt", "attempts", "effort", "efforts",
                                   "plan", "goal", "aim", "bid", "chance", "readiness", "willingness", "desire",
                                   *CONTENT_NOUNS}:
            return True
        t = head
    return False


# acts done in the saying, which "I want to ..." performs rather than wishes for: "I want to thank the
# volunteers", "we wish to congratulate the team", "I want to condemn this attack"
PERFORMATIVES = frozenset({"thank", "congratulate", "commend", "salute", "applaud", "praise", "condemn"})


def said_in_wishing(tok: Token) -> bool:
    """'"I want to thank the volunteers"', "we would like to congratulate her": a speech act the
    speaker wishes to make is made by saying so (only in the first person: "Park wants the council
    to thank them" is a wish)."""
    head = tok.head
    return tok.dep_ == "xcomp" and tok.lemma_.lower() in PERFORMATIVES and head.lemma_.lower() in {"want", "wish", "like"} \
        and not negated(head) and not any(c.dep_ == "dobj" for c in head.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in SPEAKING_FOR_SELF for c in head.children)


POSSIBILITY = frozenset({"could", "might", "may"})


def risk_seen(resolver, tok: Token) -> bool:
    """A could/might/may act in a clause reported by another ("Prosecutors argued that he could
    pressure witnesses"): a risk the reporter sees, no act of the clause's subject ("Smith said he
    could back the deal" is Smith's own). ``resolver``: the document's ``ActorResolver``."""
    if tok.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in tok.children):
        return False
    if negated(tok):
        return False  # "said Berlin could not accept an increase": an inability owned is a refusal, no risk
    reporter = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if reporter is None or subj is None or subj.lower_ in SPEAKING_FOR_SELF:
        return False  # "Beck wrote: I couldn't disagree with her more": the writer's own
    from kg.extract.candidates import left_as_it_was  # candidates builds on the resolver

    with left_as_it_was(resolver):  # asked, not read: the mentions remembered stay as they were
        said, doer = resolver.resolve(reporter), resolver.resolve(subj)
    return doer is not None and (said is None or said.actor != doer.actor)


def reported_clause(verb: Token) -> Token | None:
    """The content clause ``verb`` heads or is coordinated into: "said [stability was all important]
    and [any extra cash should be spent on skills]": the second clause is reported too."""
    if verb.dep_ == "ccomp":
        return verb
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return verb.head
    return None


INTENDING = frozenset({"want", "wish", "intend", "plan", "continue", "keep", "seek", "hope", "expect"})


def intended(verb: Token) -> bool:
    """An act to come or a wish, not a deed done: "Labour will continue to pursue reforms",
    "China wanted to solve the dispute". Under a reporting verb, a named spokesman states it
    for his side (a past deed, "Russia agreed", stays the side's own)."""
    return verb.lemma_.lower() in INTENDING or any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)


def recounted(verb: Token) -> bool:
    """An act told of as done before ("said Ukraine had asked for a meeting"): the past perfect."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children) and verb.tag_ == "VBN"


def comma_participle(t: Token) -> bool:
    """A participle set off by a comma after its verb ("urged Cho to resign, accusing the Cabinet"):
    an act its subject performs alongside, never what a demand asks (probe28c: train and dev unchanged
    in full F1 while the accusation is no longer lost)."""
    if t.dep_ != "advcl" or t.tag_ != "VBG" or any(c.dep_ in {"mark", "aux", "nsubj"} for c in t.children):
        return False  # (and one leading its clause: "Meeting Zelensky in Kyiv, Starmer pledged aid" meets him)
    if t.i < t.head.i:
        return t.right_edge.i + 1 < t.head.i and t.doc[t.right_edge.i + 1].text == ","
    return t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
