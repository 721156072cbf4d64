"""Force a side says it will use on others, with no condition: '"We will hunt down the gangs"', '"India will
identify, track and punish every terrorist"', '"We will deal with them firmly"', '"We will pursue them to the ends
of the earth"': the speaker threatens those it names (probes: gold threatens, kg had a bare "says"). A side's own
policy ("will cut taxes"), a fight for something ("will fight for jobs") or against a thing ("will fight poverty",
"will crush inflation") is none: the act must fall on people."""
from __future__ import annotations

from spacy.tokens import Token

# acts of force on people ("hunt down", "crush", "punish"); "defeat", "deal with" and "pursue" only on those who
# do wrong ("will defeat Labour", "will deal with Iran", "will pursue talks" are no threats)
FORCE = frozenset({"hunt", "crush", "punish", "destroy", "annihilate", "eliminate", "obliterate", "kill", "wipe",
                   "smash", "bomb", "arrest", "prosecute", "jail", "imprison", "avenge"})
ON_WRONGDOERS = frozenset({"defeat", "deal", "pursue", "chase", "track", "fight"})
FORCE_HEADS = FORCE | ON_WRONGDOERS
# people one may vow force against by what they do ("every terrorist", "the gangs", "those behind the attack")
WRONGDOERS = frozenset({"those", "anyone", "anybody", "whoever", "perpetrator", "killer", "attacker", "culprit",
                        "terrorist", "criminal", "gang", "murderer", "assailant", "militant", "smuggler", "trafficker",
                        "plotter", "rebel", "insurgent", "extremist", "jihadist", "enemy", "thug", "looter", "rioter",
                        "bandit", "kidnapper", "gunman", "saboteur", "traitor", "mercenary", "invader", "aggressor"})
PEOPLE_PRONOUNS = frozenset({"them", "him", "her"})  # "we will deal with them firmly" ("it" is a thing)
FIRST_PERSON = frozenset({"we", "i"})
ARMS = frozenset({"police", "army", "military", "forces", "troops", "government", "state", "security"})


def people_acted_on(verb: Token) -> Token | None:
    """Those the act falls on: its object, or what "deal with" takes; None where it falls on a thing."""
    lemma = verb.lemma_.lower()
    if lemma == "deal":
        obj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj"), None)
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lower_ in PEOPLE_PRONOUNS or obj.lemma_.lower() in WRONGDOERS:
        return obj
    if lemma in FORCE and obj.ent_type_ in {"ORG", "NORP", "GPE", "PERSON"} and obj.pos_ == "PROPN":
        return obj  # "we will crush Hamas", "will destroy ISIS"
    return None


def will_of(verb: Token) -> Token | None:
    """The verb that carries the "will" of a future act, itself or the first of a row of verbs it is
    coordinated with ("will identify, track and punish"); None for an act not to come, denied or conditional."""
    from kg.extract.clauses import to_come
    head = verb
    while not to_come(head) and head.dep_ == "conj" and head.head is not head:
        head = head.head
    if not to_come(head) or any(c.dep_ == "neg" for c in (*verb.children, *head.children)):
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
           for c in (*verb.children, *head.children)):
        return None  # a condition's act: the conditional threat's rule
    return head


def first_of_row(verb: Token) -> bool:
    """Of verbs of force in a row ("will hunt down the gangs and we will defeat them") only the first speaks."""
    return not (verb.dep_ == "conj" and verb.head.lemma_.lower() in FORCE_HEADS and people_acted_on(verb.head) is not None)


def act_words(verb: Token, people: Token) -> str:
    """The act in its own words where no target names it: the verb, its particle, those it falls on
    and its manner ("deal with them firmly", "hunt them down")."""
    words = [verb, *(c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_.endswith("ly"))),
             people, *(c for c in verb.children if c.dep_ == "prep" and people in c.children)]
    return " ".join(t.lower_ for t in sorted(set(words), key=lambda t: t.i))


def force_vowed(rules, verb: Token) -> bool:
    """A side's force to come on people, told by its speaker: the speaker's threat (True: read here)."""
    from kg.extract.conditional_threats import teller_of
    from kg.extract.context import Draft
    from kg.extract.modality import governing_cue
    from kg.extract.subjects import subject_of
    from kg.extract.target_tokens import target_from
    from kg.records import Actor, Topic
    if verb.lemma_.lower() not in FORCE_HEADS or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    people = people_acted_on(verb)
    will = will_of(verb) if people is not None else None
    if will is None or not first_of_row(verb):
        return False
    cue = governing_cue(rules.lex, verb)
    if cue is not None and cue.relation == "threatens":
        return False  # ("warned that police would deal firmly with anyone ...": the warning's own rule)
    subj = subject_of(will)
    speaker = teller_of(rules, verb)
    if subj is None or speaker is None:
        return False  # the journalist's own account of force to come is no one's threat
    side = rules.ctx.resolver.resolve(subj, speaker)
    quoted = rules.speaker_for(verb) is not None  # '"India will punish every terrorist," Modi said': his side's
    if not (subj.lower_ in FIRST_PERSON or (side is not None and side.actor == speaker.actor) or subj.lemma_.lower() in ARMS
            or (quoted and side is not None and side.actor.kind in {"country", "organisation"})):
        return False  # "Trump said Clinton would destroy the country": a forecast of another's act
    target, quals, _ = target_from(rules.ctx, verb)
    if target is None or isinstance(target, Actor):
        target, quals = Topic(label=act_words(verb, people)), ()  # "deal with them firmly", "defeat them"
    m = rules.ctx.resolver.resolve(people, speaker)
    addressee = m.actor if m is not None and m.actor != speaker.actor else None
    rules.add(Draft(speaker, "threatens", target, quals, addressee=addressee, cue=verb, confidence=0.6))
    return True
