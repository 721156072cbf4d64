"""What the actor resolver hands out: a ``Mention`` (an actor and the
characters that name it), the named-entity helpers (which lines and words name
no one among them), and the word classes pronoun and group resolution read."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.lexicon import Lexicon
from kg.records import Actor, Span


def ent_of(tok: Token) -> SpacySpan | None:
    """The named entity ``tok`` is part of, read from its IOB tags: ``doc.ents``
    builds every entity of the document on each call (a third of the
    extraction time on long articles went there)."""
    label = tok.ent_type_
    if not label:
        return None
    doc, i = tok.doc, tok.i
    made = doc.user_data.get("kg.ent_of")  # each word's span made once per document (asked per candidate and rule)
    if made is None:
        made = doc.user_data["kg.ent_of"] = {}
    span = made.get(i)
    if span is None:
        starts, ends = ent_bounds(doc)
        span = made[i] = SpacySpan(doc, starts[i], ends[i], label=label)
    return span


def ent_bounds(doc: SpacyDoc) -> tuple[list[int], list[int]]:
    """Each token's entity bounds as ``ent_of`` reads them (back over "I" tags, on over the next
    ones), from the IOB tags once per document: walking the tags per call was 1.8% of extraction."""
    got = doc.user_data.get("kg.ent_bounds")
    if got is None:
        iob = doc.to_array("ENT_IOB").tolist()  # 1 = "I"
        starts, ends, after = list(range(len(iob))), [0] * len(iob), len(iob)
        for i in range(1, len(iob)):
            if iob[i] == 1:
                starts[i] = starts[i - 1]
        for i in range(len(iob) - 1, -1, -1):
            ends[i] = after
            if iob[i] != 1:
                after = i
        got = doc.user_data["kg.ent_bounds"] = (starts, ends)
        doc.user_data["kg.ent_iob"] = iob
    return got


def ent_iob(doc: SpacyDoc) -> list[int]:
    """Each token's IOB code (3 = "B"), read with ``ent_bounds`` once per document."""
    ent_bounds(doc)
    return doc.user_data["kg.ent_iob"]


def national_branch(ent: SpacySpan) -> SpacySpan | None:
    """'Amnesty International UK': an organisation's name right before a country's, as its
    compound, names the organisation's national branch (the whole span), not the country."""
    if ent.label_ not in {"GPE", "LOC"} or ent.start == 0:
        return None
    org = ent_of(ent.doc[ent.start - 1])
    if org is None or org.label_ != "ORG" or org.root.dep_ != "compound" or org.root.head.i not in range(ent.start, ent.end):
        return None
    return SpacySpan(ent.doc, org.start, ent.end, label="ORG")


def body_of_country(ent: SpacySpan, lex: Lexicon) -> SpacySpan | None:
    """'Cancer Research UK', 'Age UK': a name ending in a country's abbreviation is a body's, with the
    capitalised words the tagger left out before it (it may take "Research UK" for a person). (Not
    "Bob Wellington": a capital's name is a surname as well.)"""
    last = ent[-1].text
    country = lex.actor_for(last) if last.isupper() and len(ent) >= 2 else None
    if ent.label_ not in {"PERSON", "ORG"} or country is None or country.kind != "country" \
            or not all(t.pos_ == "PROPN" for t in ent):
        return None
    doc, start = ent.doc, ent.start
    while start > ent.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text.istitle() \
            and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, ent.end):
        start -= 1
    return SpacySpan(doc, start, ent.end, label="ORG")


def ents_in(span: SpacySpan) -> list[SpacySpan]:
    """The named entities that start in ``span`` (as ``span.ents``, without building the document's)."""
    doc, iob = span.doc, ent_iob(span.doc)  # the tags by index: no Token made for a word outside a name
    return [e for i in range(span.start, span.end) if iob[i] == 3 and (e := ent_of(doc[i])) is not None]


COLLECTIVES = {"coalition", "group", "alliance", "bloc", "club", "contingent", "delegation", "trio", "quartet"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PLURAL_PRONOUNS = {"they", "them", "their"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
THING_PRONOUNS = {"it", "its"}
FIRST_PERSON = {"i", "we", "me", "us"}
# who speaks for a body ("a spokesperson for the ministry", "the spokesman said")
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "country",
                "LOC": "country", "FAC": "organisation"}


BODIES = frozenset({"group", "bloc"})  # "a group of hard-line House Republicans": the Republicans act
# words that count a group a subject is "of": "Dozens of Labour MPs criticised", "Hundreds of doctors signed"
COUNTED = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several", "many", "most", "some",
                     "number", "majority", "handful", *BODIES})


def counted_group(tok: Token) -> Token | None:
    """The plural noun a counting subject is "of" ("Dozens of Labour MPs have criticised the
    plan"): the group that acts, which the count only sizes."""
    if tok.lower_ not in COUNTED or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            plural = obj is not None and (obj.tag_ in {"NNS", "NNPS"} or (  # "MPs" tagged as a name
                obj.tag_ == "NNP" and obj.text.endswith("s") and obj.text[:-1].isupper()))
            if plural and (obj.ent_type_ != "NORP" or tok.lower_ in BODIES):
                return obj  # "tens of thousands of Iranians" marching are people, not the state Iran
    return None


# what a crowd does together: counted people or nationals doing it are an actor
# (or joins, or gathers at, one: "Tens of thousands of Iranians joined rallies ... to express support for")
CROWD_ACTS = frozenset({"protest", "rally", "march", "demonstrate", "demand", "join", "gather"})


def counted_crowd(tok: Token) -> Token | None:
    """A counted subject of people or nationals that protests, rallies or demands ("Tens of
    thousands of people protested", "Thousands of Iranians rallied"): the crowd, counted, acts;
    "people" alone names no one, and the nationals are not their state. Returns what it counts."""
    if tok.lower_ not in COUNTED or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in CROWD_ACTS:
        return None
    obj = next((c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for c in prep.children if c.dep_ == "pobj"), None)
    crowd = obj is not None and (obj.lower_ == "people" or (obj.ent_type_ == "NORP" and obj.tag_ in {"NNS", "NNPS"}))
    return obj if crowd else None


def described_noun(name: Token) -> Token:
    """The noun a name in apposition describes: its head, or the noun above the prepositional
    phrase the parser hung it on ("the UN special envoy for Syria, Geir Pedersen,": the envoy,
    not Syria)."""
    head = name.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.ent_type_ != "PERSON" \
            and head.head.head.pos_ == "NOUN" and name.left_edge.i == head.i + 2 and head.nbor(1).text == ",":
        return head.head.head
    return head


def apposed(tok: Token, *describers: frozenset[str]) -> list[Token]:
    """The appositions that describe ``tok``: its own, and one the parser hung on the
    object of a preposition of it ("the envoy for Syria, Geir Pedersen,"), where ``tok`` is
    in one of the ``describers``, where given (the nouns for people): in "the resignation of the Home
    Secretary, David Blunkett," the name is the Secretary's, not the resignation's."""
    if describers and not any(tok.lemma_.lower() in d for d in describers):
        return [c for c in children(tok) if c.dep_ == "appos" and not named_past_clause(c, *describers)]
    inner = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return [c for c in tok.children if c.dep_ == "appos"] + [
        a for p in inner for a in p.children if a.dep_ == "appos" and described_noun(a) == tok] + [
        a for a in [clause_apposition(tok)] if a is not None and describers] + [
        p for p in inner if describers and merged_apposition(p)]


def merged_apposition(obj: Token) -> bool:
    """A name the parser read as the object of "of" with the noun before the comma as its modifier
    ("The leader of the hard left, Jean-Luc Melenchon, urged": "left" taken for the name's adjective):
    the name is the leader's, as an apposition (written probe: actor "Leader of Jean-Luc Melenchon")."""
    ent = ent_of(obj) if obj.ent_type_ == "PERSON" and obj.head.lower_ == "of" else None
    if ent is None or ent.root != obj or ent.start < obj.head.i + 3:
        return False
    comma = obj.doc[ent.start - 1]
    return comma.text == "," and comma.head == obj and obj.left_edge.i < comma.i


def clause_apposition(tok: Token) -> Token | None:
    """The apposition right after a clause on a noun that ends in ``tok``, which the parser hung on
    that noun: in "The reasoned amendment, tabled by the committee chair, Meg Hillier, was defeated"
    the name is the chair's (written probe: target "reasoned Meg Hillier")."""
    clause = next((a for a in tok.ancestors if a.dep_ in {"acl", "relcl"}), None)
    if clause is None or clause.right_edge != tok or tok.i + 2 >= len(tok.doc) or tok.nbor(1).text != ",":
        return None
    return next((c for c in clause.head.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 2), None)


def named_past_clause(name: Token, *describers: frozenset[str]) -> bool:
    """An apposition after a clause on its head whose last word is a noun for people: that noun's name."""
    last = name.doc[name.left_edge.i - 2] if name.left_edge.i >= 2 else None
    return last is not None and any(last.lemma_.lower() in d for d in describers) and clause_apposition(last) == name


def named_beside(tok: Token) -> Token | None:
    """A name right after the common noun it names, with no comma between ("the rights group
    Amnesty International", "the carmaker Renault"): the name says who acts, not the noun."""
    if tok.pos_ != "NOUN":
        return None
    return next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1), None)


def name_after_title(tok: Token, role_nouns: frozenset[str]) -> Token | None:
    """The person right after a capitalised title the parser cut from the name ("Foreign Minister
    Adel al-Jubeir said", "Minister" and "Jubeir" both read as subjects): the name's root."""
    if not tok.is_title or tok.ent_type_ or tok.lower_ not in role_nouns or tok.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[tok.i + 1]
    if after.ent_iob_ != "B" or after.ent_type_ != "PERSON":
        return None
    name = next(e for e in tok.doc.ents if e.start == after.i)
    return next((t for t in name if t.head == tok.head and t.dep_ == tok.dep_), None)


def name_closing_office(tok: Token, role_nouns: frozenset[str]) -> Token | None:
    """The person whose name closes an office's "of" phrase ("Leader of the Opposition Rahul Gandhi
    said": the parser hangs the name on "of", behind the capitalised "Opposition"): the name, not
    the holder of "leader" the article named before (a "he" after it then finds him too)."""
    if not tok.is_title or tok.lower_ not in role_nouns or tok.ent_type_:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if name is None or name.ent_type_ != "PERSON" or name.ent_iob_ == "B":
        return None
    before = [c for c in name.children if c.dep_ == "compound" and not c.ent_type_ and c.is_title]
    return name if before else None


def holder_after_office(tok: Token, role_nouns: frozenset[str]) -> Token | None:
    """The person named after an office that follows a party's name with no comma ("Janata Dal
    (United) leader Sanjay Jha said"): the parser hangs the bracket, the office and the name all
    on the party as appositions, and may tag the party a person; the name acts, not the party."""
    apps = [c for c in children(tok) if c.dep_ == "appos" and c.i > tok.i]
    for office, name in zip(apps, apps[1:]):
        if office.pos_ == "NOUN" and office.lower_ in role_nouns and name.ent_type_ == "PERSON" \
                and name.left_edge.i == office.i + 1 and not any(t.text == "," for t in tok.doc[tok.i:office.i]):
            return name
    return None


# common nouns for a body: "the main opposition bloc, the High Negotiations Committee," names it after a comma
BODY_NOUNS = frozenset({"group", "bloc", "organisation", "organization", "agency", "body", "party", "coalition",
                        "alliance", "movement", "committee", "council", "watchdog", "monitor", "faction", "militia"})


def named_after_comma(tok: Token) -> Token | None:
    """An organisation's name set off by commas after the noun for its kind ("the rights group,
    Human Rights Watch,"): the name says who acts, as ``named_beside`` does without the comma."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BODY_NOUNS:
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
                 and c.left_edge.i >= tok.i + 1 and tok.doc[c.left_edge.i - 1].text == ","), None)


def acronym_name(tok: Token) -> bool:
    """A name in capitals spelt like a pronoun: "the US" is the United States, not "us"."""
    return len(tok.text) > 1 and tok.text.isupper() and bool(tok.ent_type_)


@dataclass
class Mention:
    """A resolved mention: the actor and the characters that name it."""

    actor: Actor
    span: Span
    how: str  # name, alias, role, pronoun, group, speaker
    parts: tuple["Mention", ...] = ()  # the named members of a coordination ("Russia and Ukraine")


def common_word_opening(ent: SpacySpan, lower_words: set[str]) -> bool:
    """'Turnout is predicted to be key': one capitalised word opening a
    sentence, which the article itself writes in lower case elsewhere
    (``lower_words``), is a common noun, whatever the small model tagged it."""
    return (len(ent) == 1 and ent.text[:1].isupper() and ent.text.lower() in lower_words
            and ent.start == ent.sent.start)  # (the sentence last: finding it is the costly test)


def lower_case_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z][a-z-]+\b", text))


LINE_ENDS = {".", "!", "?", ":", '"', "”", "'", "’"}
LINE_MOST = 200  # characters: a line longer than this is no sub-heading


def line_of(text: str, start: int, end: int, most: int | None = None) -> tuple[int, int] | None:
    """The bounds of the line that holds ``text[start:end]``; None where ``most``
    is given and the line runs on further than that either side (a bounded
    search: asked for every entity, an unbounded one is quadratic in a long
    paragraph)."""
    lo = 0 if most is None else max(0, start - most)
    a = text.rfind("\n", lo, start)
    if a < 0 and lo > 0:
        return None
    hi = len(text) if most is None else end + most
    b = text.find("\n", end, hi)
    if b < 0:
        if hi < len(text):
            return None
        b = len(text)
    return a + 1, b


_NON_SPACE = re.compile(r"\S")  # (compiled once: asked per entity)


def in_a_subheading(text: str, ent: SpacySpan) -> bool:
    """'Breakdown by region' between paragraphs: a short line without a verb
    below the headline is a sub-heading, a byline or a caption, and the small
    model's entities in it name no one who speaks or acts."""
    bounds = line_of(text, ent.start_char, ent.end_char, LINE_MOST)
    if bounds is None:
        return False  # a long line
    a, b = bounds
    first = _NON_SPACE.search(text)
    if first is None or first.start() >= a:
        return False  # the headline
    line = text[a:b].strip()
    if len(line.split()) > 6 or line[-1:] in LINE_ENDS:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in ent.doc.char_span(a, b, alignment_mode="expand") or ())


def hyphened(text: str, a: int, b: int) -> bool:
    """text[a:b] is joined by a hyphen to the word before or after it: a
    modifier ("US-led", "anti-Trump"), no one who acts."""
    dashes = "-‐–"
    return (text[a:b].endswith(tuple(dashes)) or (b + 1 < len(text) and text[b] in dashes and text[b + 1].isalpha())
            or (a >= 2 and text[a - 1] in dashes and text[a - 2].isalpha()))


def aged(tok: Token) -> bool:
    """``tok`` is the "old" of an age ("the 46-year-old")."""
    return tok.lower_ == "old" and any(c.lower_ == "year" or c.lemma_ == "year" for c in tok.subtree)


# what campaign news calls a contender it has named ("the Republican nominee", "the New York billionaire")
EPITHETS = frozenset({"nominee", "candidate", "frontrunner", "billionaire", "hopeful", "businessman",
                      "businesswoman", "mogul", "tycoon", "challenger", "incumbent", "contender"})


def campaign_epithet(tok: Token) -> bool:
    """A definite, unowned epithet as a subject ("the Democratic nominee told workers"): a
    person the article has named, not a new one nor the subject of a copula ("became the nominee")."""
    word = "frontrunner" if tok.lower_ == "runner" and any(c.lower_ == "front" for c in tok.children) else tok.lower_
    return word in EPITHETS and tok.tag_ == "NN" and tok.dep_ in {"nsubj", "nsubjpass"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in {"poss", "prep", "relcl", "acl", "appos"} for c in tok.children)


def partisan_epithet(tok: Token) -> bool:
    """"the Massachusetts Democrat", "the Texas Republican" as a subject: a party member of a
    state, the way US news calls a politician it has named."""
    return tok.lower_ in {"democrat", "republican"} and tok.tag_ == "NNP" and tok.dep_ in {"nsubj", "nsubjpass"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in tok.children)


def aged_description(tok: Token) -> bool:
    """A definite common noun an age describes ("the 69-year-old conservative"): a person
    the article has named, not one it brings in ("a 23-year-old man")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "amod" and aged(c) for c in tok.children)


# lower-case words inside a name: "Mohammed bin Salman", "Ursula von der Leyen"
LINKING_PARTICLES = frozenset({"bin", "bint", "ibn", "binti", "van", "von", "der", "de", "da", "del", "dos", "du", "la", "le"})


def title_run(tok: Token) -> list[Token]:
    """The words before a name's last word that the parser hung on it: its compounds, and an office
    with its "of" or "for" phrase ("Saudi Minister of Investment Khalid Al Falih", "Senior Adviser for
    Africa Massad Boulos")."""
    doc, run, k = tok.doc, [], tok.i - 1
    while k >= 0 and len(run) < 8:
        t = doc[k]
        if t.dep_ in {"compound", "nmod"} and t.head.i <= tok.i:
            run.insert(0, t)
            k -= 1
            continue
        office = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in {"of", "for"} else None
        if office is None or office.dep_ not in {"compound", "nmod"} or office.head != tok or office.i >= t.i:
            break
        run[0:0] = list(doc[office.i:k + 1])
        k = office.i - 1
    return run


def initial(t: Token) -> bool:
    """"V" or "V." of "V P Malik": a name's initial, which opens a name as a first name does."""
    return len(t.text.rstrip(".")) == 1 and t.text[:1].isupper()


def dateline_word(t: Token) -> bool:
    """"BRUSSELS - European leaders": the place a wire story was filed from,
    not a modifier of the group ("U.S. officials", "NATO officials" keep theirs)."""
    return (t.text.isalpha() and t.text.isupper() and len(t.text) > 3 and t.i + 1 < len(t.doc)
            and t.nbor(1).text in {"-", "\u2013", "\u2014", "--"})
