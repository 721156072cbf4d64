"""Actors with no name: a subject the resolver cannot name, as the words that describe it
("Two local councillors", "Children's charities", "the editor of the paper"), and the
name-shaped phrases that are not such a description (a headline's verb, a government
still to be, a counted group's count)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.actors import ActorResolver, Mention
from kg.extract.groups import bare_sides
from kg.extract.mentions import SPOKESPEOPLE, counted_crowd, counted_group, named_beside
from kg.extract.perception import seen_acting
from kg.extract.phrases import label_of, np_tokens, of_extension
from kg.extract.roles import GOVERNING
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Span

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
ACTOR_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# subject nouns that name no one ("the move", "it", "this"); a description
# actor is a plural or collective noun phrase that the resolver could not name
NOT_DESCRIPTIONS = {"it", "this", "that", "which", "what", "there", "who", "one", "thing", "things", "move", "plan",
                    "idea", "issue", "way", "time", "decision", "report", "reports", "statement", "comments",
                    "change", "changes", "number", "rest", "lot", "part", "deal", "bill", "law", "policy"}
# who reports without a name ("sources", "people familiar with the talks"); with a modifier
# that says whose ("Senior Labour sources") they are an actor
ANONYMOUS = {"source", "people", "person"}

# institution nouns a description leaves to the resolver ("the party", "the government": whose, it
# reads) or that name no body alone ("the authority to remain", "the service")
UNDESCRIBED = GOVERNING | {"authority", "body", "service", "mission", "network"}
# words that count a group before its noun
COUNTS = frozenset({"several", "many", "numerous", "dozens", "hundreds", "thousands", "scores", "few", "more"})
# a compass point that, as "the West" alone, names a side of the world's politics (the tagger reads it a
# place after "by": "had been demanded by the West")
POLITICAL_POINTS = frozenset({"west"})


def members_meeting(t: Token) -> bool:
    """A conference of people ("the bishops' conference", "the conference of bishops"), a body of its members
    that speaks as one; a conference alone is a meeting ("the conference called for" is its delegates')."""
    if t.lemma_.lower() != "conference" or t.tag_ != "NN":
        return False
    owners = [c for c in t.children if c.dep_ == "poss"]
    owners += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" for o in owners)


def political_point(t: Token) -> bool:
    """"the West" on its own: the Western powers, not a region ("the West Midlands", "the west of the city")."""
    return t.lower_ in POLITICAL_POINTS and t.text[:1].isupper() and t.dep_ != "compound" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
        and not any(c.dep_ in {"compound", "amod", "prep", "poss"} for c in t.children)


def one_of(resolver: ActorResolver, t: Token, remember: bool) -> Mention | None:
    """"one of Labour's most senior Asians": one member of a described group of people or bodies, as
    the words say it ("one of the reasons" names no one)."""
    if t.lower_ != "one":
        return None
    group = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}), None)
    lex = resolver.lex
    if group is None or not (group.ent_type_ == "NORP" or group.lemma_.lower() in lex.person_nouns | lex.role_nouns
                             | lex.group_nouns | lex.institution_nouns or group.lower_ in lex.group_nouns):
        return None
    inner = description(resolver, group, remember=False, subject=False)
    if inner is None:
        return None
    a, b = t.idx, inner.span.end
    people = group.ent_type_ == "NORP" or group.lemma_.lower() in lex.person_nouns | lex.role_nouns
    m = Mention(Actor(label=resolver.text[a:b][:1].upper() + resolver.text[a + 1:b], kind="person" if people else "organisation"),
                Span(a, b, resolver.text[a:b]), "description")
    return resolver._remember(m) if remember else m


def bare_headline_verb(lex: Lexicon, t: Token) -> bool:
    """A cue verb's -s form in the headline with no word of a noun phrase of its own ("Biden, stumping
    for Clinton, trashes Trump", whose "trashes" the parser made the subject of "stumping"): the
    verb, not a group of "Trashes"."""
    return t.sent.start == 0 and fold(t.text) not in lex.group_nouns \
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod", "prep"} for c in t.children)


def hypothetical_body(t: Token) -> bool:
    """A government still to be ("a Labour government", "a future Tory administration"): what its
    party promises, no actor of its own."""
    return t.lemma_.lower() in {"government", "administration"} and any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or (c.dep_ == "amod" and c.lower_ in {"future", "next", "incoming"})
        for c in t.children)


def description(resolver: ActorResolver, t: Token, remember: bool = True, subject: bool = True) -> Mention | None:
    """A subject the resolver cannot name, as the words that describe it:
    "Two local councillors", "Children's charities", "the editor of the paper".
    ``remember``: later pronouns may take it up; ``subject``: only a subject (else also
    the holder of a nominal act, "criticism from Labour MPs")."""
    if (member := one_of(resolver, t, remember)) is not None and (not subject or t.dep_ in SUBJECT_DEPS):
        return member
    if subject and (counted := counted_crowd(t)) is not None:  # "Tens of thousands of people protested": as counted
        a, b = t.left_edge.idx, counted.idx + len(counted.text)
        m = Mention(Actor(label=resolver.text[a:b], kind="group"), Span(a, b, resolver.text[a:b]), "description")
        return resolver._remember(m) if remember else m
    if subject and t.dep_ in SUBJECT_DEPS and (group := counted_group(t)) is not None:
        t, subject = group, False  # "Thousands of farmers have gathered to protest": the farmers
    # "Democratic attorneys general": a plural before a postpositive "general", which the parser makes the head
    generals = t.lower_ == "general" and t.pos_ == "ADJ" and any(c.dep_ == "compound" and c.tag_ == "NNS" for c in t.children)
    if (t.pos_ not in {"NOUN", "PROPN"} and not generals) or (subject and t.dep_ not in SUBJECT_DEPS and not seen_acting(t)) \
            or t.lower_ in NOT_DESCRIPTIONS or bare_sides(t):
        return None
    if t.ent_type_ and t.ent_type_ not in ACTOR_ENTS and not political_point(t):
        return None
    lemma = t.lemma_.lower()
    if lemma in ANONYMOUS and not any(c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i < t.i for c in t.children):
        return None  # "sources said Howard backs ID cards": no one is named; the reported clause's subject stands
    if t.tag_ == "NNS" and (lemma in resolver.lex.verbs or lemma in resolver.lex.speech) and (
            any(c.i < t.i and c.text.istitle() and c.dep_ in {"compound", "amod"} for c in t.children)
            or bare_headline_verb(resolver.lex, t)):
        return None  # a headline's verb read as a plural noun: "Streeting rejects calls to delay reforms"
    if hypothetical_body(t):
        return None  # "said a Conservative government would reject it": the speaker's promise, no body acting
    if lemma in resolver.lex.institution_nouns and (beside := named_beside(t)) is not None \
            and not beside.ent_type_ and (named := description(resolver, beside, remember, subject=False)) is not None:
        return named  # "The anti-tax group Club for Growth was one of his biggest supporters": the name, untagged
    if lemma in resolver.lex.institution_nouns and (named := name_after_kind(resolver, t)) is not None:
        return resolver._remember(named) if remember else named  # "The group Not Dead Yet UK said": the name
    if (lemma in resolver.lex.thing_nouns or lemma in resolver.lex.claims) and not capitalised_inside(t):
        return None  # "Recent polls show ...", "the allegations are false": things, not actors
    person = (lemma in resolver.lex.person_nouns and t.tag_ == "NN") or (t.pos_ == "PROPN" and apposed_person(resolver.lex, t))
    # (an office of two words is a role too: "the health secretary")
    animate = generals or t.tag_ in {"NNS", "NNPS"} or t.pos_ == "PROPN" or lemma in resolver.lex.role_nouns \
        or resolver._is_role_noun(t) or lemma in resolver.lex.group_nouns or person \
        or (lemma in resolver.lex.institution_nouns and (lemma not in UNDESCRIBED or named_owner(t))) \
        or members_meeting(t)  # "the Syrian military", "the bishops' conference"
    if not animate:
        return None
    toks = [x for x in np_tokens(t) if x.dep_ != "poss" or x.pos_ != "PRON"]
    while len(toks) > 1 and toks[0].i < t.i and (toks[0].tag_ == "CD" or toks[0].lower_ in COUNTS
                                                 or toks[0].ent_type_ == "CARDINAL" or toks[0].head.tag_ == "CD") \
            and not (toks[1].text == "-" and not toks[0].whitespace_):  # "A five-member committee": one compound
        toks = toks[1:]  # "Five public sector unions", "Several hundred demonstrators", "More than 100 MPs": the group
    toks = name_after_descriptor(resolver.lex, t, toks)
    ext = of_extension(t)
    if ext is not None and (ext[0].lower_ == "of" or name_goes_on(t, ext)):
        toks = toks + ext
    label = label_of([x for x in toks if x.dep_ != "det"])
    if not label or len(label.split()) > 8:  # "United Nations refugee and human rights agencies"
        return None
    known = resolver.lex.actor_for(label)
    if known is not None and known.kind == "media":
        return None  # 'The Guardian reported': an outlet reports, it takes no position (kg:reportedBy)
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    span = Span(a, b, resolver.text[a:b])
    kind = "group" if generals or t.tag_ in {"NNS", "NNPS"} else "person" if person else "organisation"
    # "Russian and Ukrainian delegations": a group whose words name two countries or more has them as members
    countries = list(dict.fromkeys(c for x in toks if x.i < t.i and (c := resolver._country_of(x)) is not None))
    members = tuple(resolver.lex.actors[c] for c in countries) if kind == "group" and len(countries) > 1 else ()
    m = Mention(Actor(label=label[:1].upper() + label[1:], kind=kind, members=members), span, "description")
    if remember and lemma in SPOKESPEOPLE and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) \
            and any(c.dep_ == "compound" and c.i < t.i and c.text[:1].isupper() for c in t.children) and ext is None:
        # "A Downing Street spokesman said ... the spokesman said": this one, not a spokesman named before
        resolver._learn_role("spokesman", None, m.actor.label, t.idx)
    return resolver._remember(m) if remember else m


# role nouns that name a body or a body of people, not one person ("the government", "officials")
BODY_ROLES = frozenset({"administration", "authorities", "cabinet", "government", "junta", "leaders", "leadership",
                        "ministry", "officials", "regime"})


def name_after_kind(resolver: ActorResolver, t: Token) -> Mention | None:
    """The organisation whose name follows a kind noun right after it ("the passenger group Transport
    2000", tagged whole by ``kg.name_after_kinds``), however the parser hung the name on the noun."""
    doc = t.doc
    if t.tag_ != "NN" or t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "B" or doc[t.i + 1].ent_type_ != "ORG":
        return None
    ent = next(e for e in doc.ents if e.start == t.i + 1)
    actor = resolver.entity_actor(ent)
    if actor is None:
        return None
    return Mention(actor, Span(ent.start_char, ent.end_char, ent.text), "name")


def apposed_person(lex: Lexicon, t: Token) -> bool:
    """A name the tagger left untagged that the text shows to be a person's: an apposed noun for one
    ("Grzegorz Braun, the far-right candidate who came fourth") or a relative "who" ("Braun, who came
    fourth"); else the name is read as a body's and loses the "he" that takes it up."""
    for c in t.children:
        if c.dep_ == "appos" and c.tag_ == "NN" and (
                (lemma := c.lemma_.lower()) in lex.person_nouns or (lemma in lex.role_nouns and lemma not in BODY_ROLES)):
            return True
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children):
            return True
        if c.dep_ == "compound" and c.i == t.i - 1 and c.is_title and fold(c.text).rstrip(".") in lex.honorifics \
                and fold(t.text) not in lex.role_nouns:
            return True  # "Lord Hutton has cleared the government": an honorific before a name ("Lord Chancellor": an office)
    return False


def untagged_person(resolver: ActorResolver, t: Token) -> Mention | None:
    """A main clause's subject, a name the tagger left untagged that ``apposed_person`` shows to be a
    person's: taken up as one, so a "he" after it is no man named in the sentence before (probe41b)."""
    if t.tag_ != "NNP" or t.ent_type_ or not apposed_person(resolver.lex, t):
        return None
    m = description(resolver, t, remember=False)
    return None if m is None else replace(m, actor=replace(m.actor, kind="person"))


def named_owner(t: Token) -> bool:
    """A country or body's name modifies the noun, directly ("the Syrian military", "the OSCE's mission")
    or through the noun before it ("the OSCE observer mission", where the parser hangs "OSCE" on
    "observer"): an institution of it, which a bare "the mission" is not."""
    names = {"NORP", "GPE", "ORG"}
    mods = [c for c in t.children if c.dep_ in {"amod", "compound"} or (c.dep_ == "poss" and c.ent_type_ in {"GPE", "ORG"})]
    mods += [g for c in mods if c.dep_ == "compound" and not c.ent_type_ for g in c.children if g.dep_ == "compound"]
    return any(c.ent_type_ in names for c in mods)


def capitalised_inside(t: Token) -> bool:
    """A proper noun capitalised inside a sentence past the headline ("Age Concern urged"): a
    name, though its word also names a thing ("concern")."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.i > t.sent.start and t.sent.start > 0 \
        and not t.doc[t.i - 1].is_punct


def name_goes_on(head: Token, ext: list[Token]) -> bool:
    """"Commission on Elections", "Club for Growth": a capitalised name whose "on"/"for" phrase
    is capitalised too goes on past the preposition, where the tagger found no entity."""
    words = [x for x in ext[1:] if x.is_alpha]
    return head.pos_ == "PROPN" and ext[0].lower_ in {"on", "for"} and bool(words) \
        and all(x.text[:1].isupper() or x.lower_ in NAME_LINKS for x in words) and words[0].text[:1].isupper()


NAME_LINKS = {"of", "and", "the", "for", "on"}


def name_after_descriptor(lex: Lexicon, head: Token, toks: list[Token]) -> list[Token]:
    """"the anti-tax group Club for Growth": a descriptor that says what kind of body it is
    (group, union, charity) goes with its modifiers, the name after it stays ("shadow
    Chancellor" keeps its "shadow": no body)."""
    if head.pos_ != "PROPN":
        return toks
    common = [k for k, x in enumerate(toks) if x.i < head.i and x.tag_ in {"NN", "NNS"} and x.text.islower()]
    if not common or fold(toks[common[-1]].lemma_) not in lex.institution_nouns:
        return toks
    return toks[common[-1] + 1:]
