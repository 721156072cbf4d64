"""Acts a side says it will do against another on a condition ("would walk away from the talks if ...",
"the society would challenge it in court if Parliament passed it", "we will defend our sovereignty if we
are attacked again"): a conditional main clause that threatens its act, kept apart from a pledge made
on one's own success ("would scrap the fees if it won power", "will fight for jobs if elected")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.vowed_force import FORCE_HEADS
from kg.lexicon import fold
from kg.records import Topic

if TYPE_CHECKING:
    from kg.extract.actors import Mention

# acts against another side that, with "will" and an if-clause, threaten ("will quit the bloc if the
# talks fail"): the act, not its object, is what is threatened (kept out of cues.toml's consequence
# verbs, which also steer what a warning threatens); "challenge", "fight", "defend" and "reconsider" on
# another's doing are threats as quitting is (probes: 6 misses of an if's main clause; "will act if" fell on dev)
HOSTILE_ACTS = frozenset({"withdraw", "quit", "attack", "strike", "leave", "veto", "walk", "boycott", "block", "expel", "sue",
                          "challenge", "fight", "defend", "reconsider", "intervene", "arrest", "prosecute", "punish"})
# verbs that bring about their object: "would trigger a devaluation", "could cause chaos"
CAUSING = frozenset({"trigger", "cause", "spark", "fuel", "unleash", "precipitate", "deal", "inflict", "deliver"})
# the marks of a condition on a threatened act, and the conditions that are one's own success or need,
# not another's doing ("if elected", "if it won power", "if necessary"): a pledge's, not a threat's
IF_MARKS = frozenset({"if", "unless"})
OWN_SUCCESS = frozenset({"win", "elect", "re-elect", "reelect", "necessary", "need", "needed", "require", "possible"})


def condition_of(verb: Token, will: Token) -> Token | None:
    """The if- or unless-clause on a verb or on the "will not hesitate" that carries it."""
    return next((c for c in [*verb.children, *will.children] if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in IF_MARKS for m in c.children)), None)


def own_success(cond: Token | None) -> bool:
    """"if elected", "if it won power", "if we win", "if necessary": a condition that is the side's own
    success or need, under which an act is pledged, not held over another."""
    if cond is None:
        return False
    return cond.lemma_.lower() in OWN_SUCCESS or any(c.lower_ in OWN_SUCCESS for c in cond.children
                                                      if c.dep_ in {"acomp", "xcomp"})


# a court challenge announced: "would challenge it in court", "vowed to challenge the ban in the courts",
# "will fight it in the courts", "would challenge the vote at the Federal Constitutional Court", "the group
# would appeal", "would file an appeal" (probes: 11 such misses, coded as the threatened court challenge)
COURTS = frozenset({"court", "courts", "tribunal"})
CONTESTING = frozenset({"challenge", "fight", "contest"})
FILING = frozenset({"file", "lodge"})
PLEA_PREPS = frozenset({"to", "for"})  # "appeal to voters", "appeal for calm": a plea, no court
VOWED = frozenset({"vow", "pledge", "promise", "plan", "intend", "swear"})


def in_court(verb: Token) -> bool:
    """The verb or its object goes before a court ("in court", "at the Constitutional Court", "before the Supreme Court")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return any(c.dep_ == "prep" and c.lower_ in {"in", "at", "before", "to"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in COURTS for p in c.children)
        for c in [*verb.children, *(obj.children if obj is not None else ())])


def court_challenge(verb: Token) -> str | None:
    """What a verb of contest in court brings: "court challenge" ("challenge it in court"), or "appeal"
    ("would appeal", "would file an appeal"); None for a plea ("appeal for calm") or a fight elsewhere."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # ("said the party would not challenge the results in court": a court challenge ruled out)
    if lemma in CONTESTING and in_court(verb):
        return "court challenge"
    if lemma == "appeal" and verb.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in PLEA_PREPS and not in_court(verb) for c in verb.children):
        return "appeal"
    if lemma in FILING and any(c.dep_ == "dobj" and c.lemma_.lower() == "appeal" for c in verb.children):
        return "appeal"
    return None


def vowed(verb: Token) -> bool:
    """The act is one a side vows or plans ("vowed to challenge the ban in the courts")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWED and not any(
        c.dep_ == "neg" for c in verb.head.children)


READY_AGAINST = HOSTILE_ACTS | {"target"}  # acts one is "ready to" do on another's doing


def ready_against(act: Token) -> bool:
    """"prepared to block the decision if his conditions were not met", "ready to fight Turkish forces if they
    advanced", "should be ready to target U.S. digital services if talks failed": readiness for a hostile act on
    another's doing warns, as readiness to punish does; "ready to fight corruption" with no if-clause is a stance."""
    if act.lemma_.lower() not in READY_AGAINST:
        return False
    ready = act.head
    cond = condition_of(act, ready) or (condition_of(ready.head, ready.head) if ready.dep_ == "acomp" else None)
    return cond is not None and not own_success(cond)  # (the if-clause may hang from the copula: "were ready to ... if")


SPEAKING = frozenset({"name", "alias", "pronoun", "role"})  # how a person speaking is named ("he", "the minister")


def side_speaker(frame: Mention | None, speaker: Mention | None, side: Mention | None) -> Mention | None:
    """"He said Washington would walk away if ...", '"If this commitment is broken, Pakistan will respond," the
    minister said': a country's or body's act to come in a person's report is the person's threat; so is the act of
    an "it" or "they" in a body's report ("the coalition said it would challenge it before the Supreme Court")."""
    who = frame or speaker
    if who is None or side is None or who.how not in SPEAKING or who.actor.kind != "person":
        return frame if frame is not None and side is not None and side.how == "pronoun" else None  # "X said it would"
    return who if side.actor.kind in {"country", "organisation"} else None


UNTIL = frozenset({"until", "till", "by"})


def given_until(give: Token) -> tuple[Token | None, Token | None]:
    """"gave Pyongyang until Friday to dismantle the reactor", "had given Kyiv until Thanksgiving to accept it":
    the one given a deadline (the object) and the "until" that sets it, on the verb or marking the act."""
    given = next((c for c in give.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    if given is None:
        return None, None
    until = next((c for c in give.children if c.dep_ == "prep" and c.lower_ in UNTIL), None)
    if until is None:
        until = next((m for c in give.children if c.dep_ == "advcl" for m in c.children
                      if m.dep_ == "mark" and m.lower_ in UNTIL), None)
    return (given, until) if until is not None else (None, None)


# penalties a speaker says wrongdoers will meet: "those who stole public money will be held accountable",
# "anyone who tried to create chaos would be arrested", "those who want to disturb the peace will be dealt
# with", "the veterans who signed the statement would be expelled" (probes: 6 such misses, all threats)
PENALTIES = frozenset({"hold", "deal", "arrest", "expel", "prosecute", "jail", "imprison", "punish", "sack", "dismiss"})
WRONGDOERS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "culprits", "perpetrators"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
POSSIBLE_AUX = frozenset({"could", "may", "might", "can"})  # a warning's "anyone taking part could be prosecuted"


def punished(verb: Token, possible: bool = False) -> str | None:
    """The penalty a future passive holds over wrongdoers (a subject "those", "anyone", "whoever" or one a
    relative clause says what they did): "held accountable", "dealt with", "arrested"; None otherwise.
    ``possible``: also one held possible ("could be prosecuted"), as a warning holds it out."""
    lemma = verb.lemma_.lower()
    auxes = FUTURE_AUX | POSSIBLE_AUX if possible else FUTURE_AUX
    if lemma not in PENALTIES or not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in auxes for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)
    if subj is None or not (subj.lower_ in WRONGDOERS or subj.dep_ == "csubjpass" or any(
            c.dep_ == "relcl" or c.lower_ == "responsible" for c in subj.children)):
        return None
    if subj.lower_ not in WRONGDOERS and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None  # held possible of those a clause describes, a fear: "journalists who criticise it could be arrested"
    if lemma == "hold":  # "held accountable", "held responsible", "held to account"
        held = next((c for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp"}
                     and c.lower_ in {"accountable", "responsible"}), None)
        if held is not None:
            return f"held {held.lower_}"
        return "held to account" if any(c.dep_ == "prep" and c.lower_ == "to" and any(
            p.lower_ == "account" for p in c.children) for c in verb.children) else None
    if lemma == "deal":
        return "dealt with" if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) else None
    return verb.lower_


# the verbs whose clause the consequence rule reads: the hostile acts, those of a court challenge, the penalties
CONSEQUENCE_HEADS = HOSTILE_ACTS | CONTESTING | FILING | PENALTIES | FORCE_HEADS | {"appeal"}  # (and force vowed)


DEPENDING = frozenset({"depend", "hinge", "rest", "rely"})


def depended_on(verb: Token) -> tuple[Token, Token] | None:
    """"the path to membership depended on progress on the rule of law", "the truce depends on Kabul curbing
    militants", "arms sales would depend on Vietnam's human rights record": the thing made conditional (the
    subject) and its condition (what it depends on), a condition the speaker sets (probes: 5 misses)."""
    if verb.lemma_.lower() not in DEPENDING or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() in {"rest", "rely"} and not any(c.lower_ == "entirely" for c in verb.children):
        return None  # ("rests on", "relies on" mostly say what a thing is built on, not a condition)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    on = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
               for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
    return (subj, on) if subj is not None and on is not None else None


def teller_of(rules, verb: Token) -> Mention | None:
    """Who reports a clause (``rules``: the sentence extractor): the subject of the reporting verb it hangs
    from, or the speaker of its quotation."""
    from kg.extract.subjects import speech_frame, subject_of  # (subjects reads clauses, which reads this module)
    frame = speech_frame(rules.lex, verb)
    speaker = rules.speaker_for(verb)
    said = rules.ctx.resolver.resolve(subject_of(frame), speaker) if frame is not None and subject_of(frame) is not None else None
    return said or speaker


def penalty_told(rules, verb: Token) -> bool:
    """"those who stole public money will be held accountable", "anyone who tried to create chaos would be
    arrested": a penalty the teller says wrongdoers will meet is the teller's threat (True: read here)."""
    from kg.extract.context import Draft
    from kg.extract.modality import governing_cue
    label = punished(verb)
    if label is None:
        return False
    cue, teller = governing_cue(rules.lex, verb), teller_of(rules, verb)
    if (cue is not None and cue.relation == "threatens") or teller is None:
        return True  # ("warned that those responsible would be held accountable": the warning's own rule)
    rules.add(Draft(teller, "threatens", Topic(label=label), (), cue=verb, confidence=0.6))
    return True


def accountability(held: Token) -> str:
    """What a warning of accountability threatens, in its words: "held to account" where it says so
    (probes: "would be held to account"), else "accountability" ("would be held accountable")."""
    verb = held.head if held.dep_ == "nsubjpass" else held
    return "held to account" if any(a.dep_ == "prep" and a.lower_ == "to" and any(p.lower_ == "account" for p in a.children)
                                    for a in verb.children) else "accountability"


def penalty_warned(rules, actor: Mention, tok: Token, relayed, trigger: set[int]) -> bool:
    """"warned that anyone taking part could be prosecuted", "that those who riot would be arrested": a penalty
    a warning holds over wrongdoers, will or could, is the warner's threat (True: read here); not in the
    warning's own if-clause (``trigger``). "warned that workers could be dismissed": no wrongdoers, none."""
    from kg.extract.context import Draft
    label = next((got for t in tok.subtree if t != tok and t.i not in trigger
                  for got in [punished(t, possible=True)] if got), None)
    if label is None:
        return False
    rules.add(Draft(actor, "threatens", Topic(label=label), (), cue=tok,
                    reported_by=relayed, confidence=0.65))
    return True


def consequence_target(ctx, tok: Token | None):
    """A warned consequence's target (``target_from``), and where the parser took a bare noun of penalty for a
    verb ("would face arrest": "arrest" a VB object with no words of its own), the noun itself (probes)."""
    from kg.extract.target_tokens import target_from
    if tok is None:
        return None, (), None
    got = target_from(ctx, tok)
    if got[0] is None and tok.pos_ == "VERB" and tok.dep_ == "dobj" and not any(tok.children):
        return ctx.lex.topic_named(fold(tok.lower_)) or Topic(label=tok.lower_), (), None
    return got
