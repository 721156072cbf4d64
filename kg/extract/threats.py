"""The warner's own side: whose act to come a warning or threat announces as the warner's threat
("Iran warned that it would close the Strait", "warned that her party would vote against the budget",
"Ontario Premier Doug Ford warned that Ontario would cut exports", "Lord Phillips warned that the Lords
would amend the bill"), rather than a forecast of another's act."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.acts import verb_phrase
from kg.extract.clauses import object_of, to_come, verbal_cue
from kg.extract.context import Context
from kg.extract.target_tokens import target_from
from kg.extract.warned_harms import BORNE as BORNE_HARMS
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Target, Topic

INTENDING = {"plan", "prepare", "intend"}  # verbs of an act to come, as will or would announce one
POSSIBLE = frozenset({"might", "may", "could"})


def held_possible(verb: Token) -> bool:
    """"warned that he might end joint exercises", "that it could cut aid": a warner's own act held
    out as possible threatens as one announced with will or would does."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in verb.children)


def own_side(lex, subj: Token) -> bool:
    """"her party", "his government": the body of the one who warns, whose act to come is
    the warner's threat ("warned that her party would vote against the budget")."""
    return subj.lemma_.lower() in lex.institution_nouns and any(
        c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their", "our"} for c in subj.children)


def in_title(verb: Token, side: Token) -> bool:
    """"Ontario Premier Doug Ford warned that Ontario would cut exports": the place or body the
    warner's own title names is the warner's side, whose act to come is the warner's threat."""
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if warner is None or warner.ent_type_ != "PERSON":
        return False
    title = {t.lower_ for t in warner.subtree if t.i < warner.i and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"}
    words = [t.lower_ for t in side.subtree if t.pos_ == "PROPN"]
    return bool(words) and set(words) <= title


def title_country(ctx: Context, verb: Token, side: Token) -> bool:
    """"Israeli Foreign Minister Gideon Saar warned that Israel would act": the country a demonym of
    the warner's title names (resolved, as the words differ) is the warner's side too."""
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    side_m = ctx.resolver.resolve(side)
    if warner is None or warner.ent_type_ != "PERSON" or side_m is None:
        return False
    return any(t.ent_type_ == "NORP" and (m := ctx.resolver.resolve(t)) is not None and m.actor == side_m.actor
               for t in warner.subtree if t.i < warner.i)


# the houses a member's title or honorific places the warner in ("Lib Dem peer Lord Phillips": the Lords)
MEMBERS_WORDS = frozenset({"peer", "lord", "lady", "baroness", "baron"})
HOUSE_WORDS = {"lords": MEMBERS_WORDS, "peers": MEMBERS_WORDS}
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})
OFFICES = frozenset({"minister", "secretary", "chancellor", "president", "premier"})  # heads of an executive's offices


def own_house(lex: Lexicon, warner: Token | None, actor: Actor, body: Token, titles: frozenset[str] = frozenset()) -> bool:
    """"Lib Dem peer Lord Phillips warned that the Lords would amend the bill", "Blair warned that the
    government would use the Parliament Act": the house or government the warner sits in, by title,
    honorific or an office the gazetteer gives the warner, acts as the warner's own side (a threat)."""
    if any(c.dep_ == "poss" for c in body.children) or not any(c.lower_ == "the" for c in body.children):
        return False
    title = {fold(t.lower_) for t in warner.subtree if t.i < warner.i} if warner is not None else set()
    title |= titles  # (the speaker's titles given earlier in the text: ``spoken_for``)
    word = fold(body.lower_)
    if word in HOUSE_WORDS:
        return bool(title & HOUSE_WORDS[word])
    if fold(body.lemma_) not in GOVERNMENT_NOUNS:
        return False
    offices = {fold(w) for r in lex.roles if r.holder == actor.label for w in r.role.split()}
    return bool((title | offices) & OFFICES)


def own_act(ctx: Context, lex: Lexicon, actor: Mention, tok: Token) -> Token | None:
    """The act a warning announces that the warner itself will do ("warned that it
    would close the Strait", "we will cut aid"): a clause with will or would whose
    subject is the actor or "we". A threat names its act whoever's it is ("threatened that Israel
    would hold on to the territory", "that the union would strike"); a warning may be a forecast."""
    threat = tok.lemma_.lower() == "threaten"
    for c in tok.children:
        held_over = held_over_another(c)
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        enforcing = subj is not None and c.dep_ == "ccomp" and enforcers_of(tok, c, subj)
        bare = False
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or (object_of(c) is None and not threat and not held_over and not enforcing and not any(
                x.dep_ == "prep" and x.lower_ in {"against", "for"} for x in c.children)
                and not (bare := own_bare_act(ctx, actor, c, subj))) or not (
                to_come(c) or c.lemma_.lower() in INTENDING or held_possible(c)):
            continue  # an intention is an act to come: "warned it was planning its toughest response"
        if subj is None:
            continue
        m = ctx.resolver.resolve(subj)
        if threat or bare or subj.lower_ == "we" or (m is not None and m.actor == actor.actor) or own_side(lex, subj) \
                or (m is not None and m.actor.kind in {"country", "organisation"} and (in_title(tok, subj) or title_country(ctx, tok, subj))) \
                or own_house(lex, next((x for x in tok.children if x.dep_ == "nsubj"), None), actor.actor, subj) \
                or enforcing or (c.lemma_.lower() not in BORNE and spoken_for(lex, c, actor.actor, subj)) \
                or (m is not None and own_country(actor.actor, m.actor) and c.lemma_.lower() not in BORNE
                    and not friendly(lex, c)) \
                or (held_over and m is not None and m.actor != actor.actor and m.actor.kind in {"country", "organisation"}
                    and speaker_country(lex, actor, m, tok) and not friendly(lex, c)):
            return c
    return None


# what a side's act to come cannot threaten, being borne by the side ("would need more homes if ...")
BORNE = BORNE_HARMS | {"be", "have", "become"}
# what a warner's own refusal cannot threaten, being its plight or no act ("would not survive without funding")
NO_OWN_ACTS = frozenset({"survive", "cope", "manage", "last", "recover", "continue", "operate", "function", "exist",
                         "see", "know", "think", "hope", "like", "look", "try", "let", "keep", "remain", "stand"})
SELF_WORDS = frozenset({"they", "it"})


def own_bare_act(ctx: Context, actor: Mention, verb: Token, subj: Token | None) -> bool:
    """"Chief constables have warned that they will not make policing the ban a priority", "MPs have warned
    they will not serve under a pro-European leader": the warner itself ("they", "it" read as the warner)
    refusing an act, or doing a hostile one ("warned it would strike"), threatens with no object named."""
    from kg.extract.conditional_threats import HOSTILE_ACTS
    if subj is None or subj.lower_ not in SELF_WORDS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in BORNE or lemma in NO_OWN_ACTS:
        return False
    if not any(c.dep_ == "neg" for c in verb.children) and lemma not in HOSTILE_ACTS:
        return False
    m = ctx.resolver.resolve(subj)  # ("Several MPs ... warned they": "they" read as "MPs", the warner's words)
    return m is not None and (m.actor == actor.actor or m.actor.kind == actor.actor.kind == "group" and set(
        fold(m.actor.label).split()) <= set(fold(actor.actor.label).split()))


# a state's enforcers, and the words of a warner who commands them ("The Interior Ministry warned that police
# would deal firmly with anyone taking part", "police spokeswoman X warned that officers would deal firmly with ...")
ENFORCERS = frozenset({"police", "officer", "military", "army", "troop", "soldier", "force"})
COMMANDING = frozenset({"police", "ministry", "interior", "defence", "defense", "army", "military", "commander",
                        "government"})


def enforcers_of(warning: Token, verb: Token, subj: Token) -> bool:
    """"police", "officers", "the military", "security forces" (no one's named: not "Russian forces", "Iran's
    army") doing an act to come under a warner of police, a ministry or a command: the warner's own side."""
    if fold(subj.lemma_) not in ENFORCERS or verb.lemma_.lower() in BORNE or any(
            c.dep_ not in {"det", "compound", "amod"} or c.ent_type_ or c.pos_ == "PROPN" for c in subj.children):
        return False
    warner = next((c for c in warning.children if c.dep_ == "nsubj"), None)
    return warner is not None and bool({fold(t.lemma_) for t in warner.subtree} & COMMANDING)


def own_country(warner: Actor, side: Actor) -> bool:
    """"Trump warned that Washington would not conclude trade deals": a person's own country, when known (not
    any country as ``own_sides.own_side`` allows), does the act to come that his warning announces."""
    return warner.kind == "person" and side.kind == "country" and warner.country is not None \
        and warner.country == side.label


def held_over_another(verb: Token) -> bool:
    """"warned that India would strike again if Pakistan continued to support terrorist groups": an act to
    come on an if- or unless-clause whose subject is another, not the side's own success or need ("if
    elected", "if necessary"): what a warning holds over another (with or without an object)."""
    from kg.extract.conditional_threats import condition_of, own_success
    if verb.lemma_.lower() in BORNE or any(c.dep_ in {"neg", "auxpass"} for c in verb.children):
        return False
    cond = condition_of(verb, verb)
    other = next((s for s in cond.children if s.dep_ in {"nsubj", "nsubjpass"}), None) if cond is not None else None
    subj = next((x for x in verb.children if x.dep_ == "nsubj"), None)
    return other is not None and not own_success(cond) and other.lower_ not in {"we", "i", "it", "they"} \
        and (subj is None or fold(other.text) != fold(subj.text))


def friendly(lex: Lexicon, verb: Token) -> bool:
    """An act that is a position of its own other than a hostile one ("would meet the French if the talks
    went on", "would back the deal if"): no threat, whatever its condition."""
    cue = verbal_cue(lex, verb)
    return cue is not None and cue.relation not in {"threatens", "rejects", "opposes", "accuses"}


def speaker_country(lex: Lexicon, actor: Mention, side: Mention, tok: Token) -> bool:
    """The country or body is the warner's own (``own_sides.own_side``: his country, or any where his is not
    known; his country's government; a body he holds a role of or is titled by): "Jaishankar warned that India
    would strike again if ...", "Tory leader Michael Howard warned that the Conservatives would walk out if ..."."""
    from kg.extract.own_sides import own_side as side_of
    return actor.actor.kind == "person" and side_of(lex, actor, side, tok)


# those who speak for a body by office: "MCP spokesperson Jessie Kabwila said the party would not ...",
# "Lawrence Kanyuka, a spokesman for the rebels, told AFP the group would not withdraw" (probes)
SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
HEADS = frozenset({"chairman", "chairwoman", "chair", "leader", "head", "chief"})  # "council leader X said the authority would"
OPPOSITION_WORDS = frozenset({"shadow", "opposition"})  # "Shadow chancellor X said the government would not ...": a forecast


def spoken_for(lex: Lexicon, verb: Token, actor: Actor, body: Token) -> bool:
    """"the party", "the group", "the government" under a speaker who speaks for it by office (a spokesman,
    or a minister of the government): the body's act to come is the speaker's own. ``verb`` is the verb
    of the body's act; the speaker is the subject of the reporting verb above it."""
    if any(c.dep_ == "poss" for c in body.children) or not any(c.lower_ == "the" for c in body.children) \
            or fold(body.lemma_) not in lex.institution_nouns:
        return False
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return False
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    from kg.extract.own_sides import titles_of
    earlier = frozenset(titles_of(actor, verb))  # "Defence Secretary X ... He said the government would"
    words = {fold(t.lower_) for t in speaker.subtree} | earlier
    if words & OPPOSITION_WORDS:
        return False
    if fold(body.lemma_) in GOVERNMENT_NOUNS:
        return own_house(lex, speaker, actor, body, earlier)  # "Labour leader X said the government would ...": a forecast
    return bool(words & (SPOKESMEN | HEADS))


def taking_part(verb: Token) -> Token | None:
    """"take part in a new arms race": what one takes part in (the object "part" names nothing)."""
    obj = object_of(verb)
    if verb.lemma_.lower() != "take" or obj is None or obj.lower_ != "part":
        return None
    prep = next((c for t in (obj, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def own_act_target(ctx: Context, act: Token) -> tuple[Target | None, tuple[str, ...], Mention | None]:
    """What a warner's own act with an object threatens (``target_from``), but never its doer: "threatened that
    firms would take their investment abroad if the limit stayed" is taking the investment abroad, not the firms ("take" is
    read as an aspect verb, "the ban would take effect", whose subject is the target)."""
    got = target_from(ctx, act)
    subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if got[0] is not None and subj is not None and fold(got[0].label) == fold(" ".join(
            t.text for t in subj.subtree)):
        return Topic(label=verb_phrase(act)), (), None  # the act in its words: "take more territory"
    return got
