"""Headlines in Title Case ("Putin Rejects Ceasefire Call, Proposes Direct
Peace Talks") make spaCy tag every word a proper noun and the parse useless.
The parser is given the same text with such lines in sentence case instead:
words that name no known actor are lower-cased. Lower-casing keeps every
character offset (a word whose lower case has another length is left alone),
and statements take their text from the original, so nothing else changes.
A wire dateline opening a paragraph ("BERLIN, May 12 (Reuters) - ") is
blanked for the parser the same way: parsed, it became the subject of the
sentence after it, its city or agency the actor. And headline grammar the
parser misreads: a bare infinitive for "will" ("Labour to scrap fees"), a
subject hung on its verb as a modifier, the clause after "Name:"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import Lexicon, fold
from kg.clause_repair import verb_stems
from kg.extract.doc_words import sentence
from kg.extract.headline_reactions import reaction

if TYPE_CHECKING:
    from spacy.tokens import Token

BULLETS = "\u2022\u00b7\u25aa\u25e6\u25cf\u2023\u2043"  # a list's bullets, which a sentence never opens with

IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")  # "isn’t", "Trump’s", not "the ‘deal’ "
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MINOR = {"a", "an", "the", "of", "for", "with", "to", "in", "on", "and", "or", "at", "by", "amid", "after", "as",
         "from", "over", "into", "vs", "via", "but", "nor", "its", "his", "her", "their"}
# titles a name follows in a headline ("Senator Warren Slams Banks"): the next word is a name
NAME_TITLES = {"senator", "sen", "rep", "gov", "governor", "president", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
               "lady", "pope", "ayatollah", "sheikh", "gen", "general", "chancellor", "minister", "secretary", "premier",
               "king", "queen", "prince"}


def is_title_case(line: str) -> bool:
    words = WORD.findall(line)
    content = [w for w in words if w.lower() not in MINOR]
    end = line.rstrip()[-1:]
    if len(content) < 4 or end in {'"', "”"} and len(words) > 12:
        return False
    capitalised = sum(1 for w in content if w[:1].isupper())
    if end in {".", "!", "?"}:
        # a short sentence heavy with names ("Lindsey Graham spoke in Miami on Monday.") is
        # no headline; a headline that ends in a full stop capitalises every word
        return capitalised == len(content)
    return capitalised >= 0.8 * len(content)


# a capitalised word inside a sentence (no full stop, colon, quotation mark or line break before
# it): a name as the article writes it
NAME_INSIDE = re.compile(r"(?<=[^\s.!?:;\"“‘'(\[] )([A-Z][\w'’-]*)")


def bare(word: str) -> str:
    """A word without its possessive ("Carson's" -> "Carson")."""
    return word.rstrip("'’").removesuffix("'s").removesuffix("’s")


def proper_words(body: str) -> set[str]:
    """The words the article itself capitalises inside a sentence ("said Carson",
    "a lawsuit against Lynch"): names, whether or not the gazetteer knows them."""
    return {bare(m.group(1)) for m in NAME_INSIDE.finditer(body)}


def titled_name(words: list[re.Match], i: int, lex: Lexicon) -> bool:
    """A word after a title ("Senator Warren", "President Ruto") that is no title itself nor a
    cue verb ("President Backs ..."): a name no gazetteer need know, lower-cased the parser's
    "warren" became the actor's label."""
    if i == 0:
        return False
    word = fold(words[i].group(0))
    return (fold(words[i - 1].group(0)).rstrip(".") in NAME_TITLES and word not in NAME_TITLES
            and word not in MINOR and word not in lex.role_nouns
            and not ({word} | verb_stems(word)) & set(lex.verbs))


def sentence_case(line: str, lex: Lexicon, proper: set[str] = frozenset()) -> str:
    """Lower-case the words of a Title Case line, except the first word,
    acronyms, words of a known actor's name or alias found in the line, and
    words the article capitalises elsewhere inside its sentences (``proper``:
    "Ben Carson Defends Himself" keeps Carson, whom no gazetteer need know)."""
    words = list(WORD.finditer(line))
    keep = {0}
    for i, m in enumerate(words):
        if m.group(0).isupper() or bare(m.group(0)) in proper or titled_name(words, i, lex):
            keep.add(i)
        for n in (4, 3, 2, 1):
            gram = " ".join(w.group(0) for w in words[i:i + n])
            if len(words[i:i + n]) == n and (fold(gram) in lex.alias_index or fold(gram) in lex.demonyms):
                keep.update(range(i, i + n))
                break
    out, pos = [], 0
    for i, m in enumerate(words):
        w = m.group(0)
        out.append(line[pos:m.start()])
        low = w.lower()
        out.append(w if i in keep or len(low) != len(w) else low)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


# a place word may join two ("BEIRUT/MOSCOW", two bureaus) or be hyphenated ("ISE-SHIMA", "WINSTON-SALEM")
PLACE_WORD = r"[A-Z][\w.'’]*(?:[/-][A-Z][\w.'’]*)*"
DATELINE = re.compile(rf"^(?P<place>{PLACE_WORD}(?:,? {PLACE_WORD}){{0,3}})"
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                      r"\s*(?P<agency>\([A-Za-z][^()\n]{0,30}\))?\s*[-–—]{1,2}[ \t]+(?=[A-Z\"“‘'])", re.M)


# a wire dateline whose dash was lost: a city in capitals opening a paragraph ("SEOUL North Korea
# fired ...", "GAZIANTEP, Turkey Germany is seeking ..."), its country in Title Case after a comma
BARE_DATELINE = re.compile(r"(?:\A|(?<=\n\n))(?P<place>[A-Z]{3,}(?:[-/ ][A-Z]{2,})*)(?P<country>, [A-Z][a-z]+\.?)? "
                           r"(?=[A-Z][a-z]|A |I )")


def spaces(m: re.Match) -> str:
    """What a blanked match becomes: as many spaces, so that every offset stays."""
    return " " * len(m.group(0))


def blank_datelines(text: str, lex: Lexicon | None = None) -> str:
    """Datelines ("LONDON, May 12 (Reuters) - ", "TRENTON, N.J. (AP) — ") as
    spaces: a city in capitals or an agency in brackets before a dash at the
    start of a line; and, where the dash was lost, capitals opening a
    paragraph that the gazetteer knows as a place or that a country follows
    ("SEOUL North Korea ...", "GAZIANTEP, Turkey Germany ..."), not an
    acronym ("UNICEF Executive Director ...")."""
    def blank(m: re.Match) -> str:
        city = m.group("place").split(",")[0]  # "WARREN, Mich. —": the state after the city is in Title Case
        capitals = sum(c.isupper() for c in city) >= 3 and city.upper() == city
        return spaces(m) if capitals or m.group("agency") else m.group(0)

    def bare(m: re.Match) -> str:
        place = m.group("place")
        if sum(c.isalpha() for c in place) < 4:
            return m.group(0)  # "US Secretary of State ...", "UAE Foreign Minister ...": a name, not a place
        known = [lex.actor_for(p) for p in place.split("/")] if lex is not None else []
        return spaces(m) if m.group("country") or any(k and k.kind == "country" for k in known) else m.group(0)

    return BARE_DATELINE.sub(bare, DATELINE.sub(blank, text))


# a wire story's credits at its foot: "(Reporting by Ann Lee; Editing by Tom Hale)", "AP writer Jane Doe
# contributed to this report." Parsed, they taught the article a full name for its "Kim" or "Tombalo"
# (and, read as a Title Case line, in lower case) and became statements of their own
CREDIT_LINE = re.compile(r"^[ \t]*(?:\((?:additional )?"
                         r"(?:reporting|writing|editing|compil(?:ed|ing)|research(?:ed|ing)?)\b[^\n]*?\bby\b[^\n()]*\)"
                         r"|[^\n]{0,200}\bcontributed (?:reporting )?to this (?:report|story|article)\.?)[ \t]*$",
                         re.M | re.I)


def blank_credits(text: str) -> str:
    """A wire story's credit lines as spaces: its staff are no one's actors."""
    return CREDIT_LINE.sub(spaces, text)


# the tags of an embedded post left in a page's text ('<tweet author="...">Nice!</tweet>', '<tweet/>')
EMBED_TAG = re.compile(r"</?(?:tweet|blockquote|embed)\b[^<>]{0,400}?/?>", re.I)


def blank_markup(text: str) -> str:
    """Embedded posts' tags as spaces (their words stay): "Nice!</tweet" had been a target."""
    return EMBED_TAG.sub(spaces, text)


# a bullet opening a line ("• He demanded ...", a newsletter's list)
BULLET = re.compile(rf"(?m)^[ \t]*(?:[{BULLETS}]|[-*](?=[ \t]+\S))[ \t]+")  # ("- " and "* " as a list's too)


def blank_bullets(text: str) -> str:
    """Bullets as spaces: the parser had read "•" as the sentence's subject and
    left the speaker of "• He demanded ..." unparsed."""
    return BULLET.sub(spaces, text)


# a page's section before a pipe opening the title ("Middle East|ISIS Has Committed Genocide")
SECTION = re.compile(r"\A[ \t]*[A-Z][\w&' ]{1,30}\|(?=[ \t]*\S)")


def blank_section(text: str) -> str:
    """A scraped title's section label as spaces: "Middle East|ISIS" had been one target."""
    return SECTION.sub(spaces, text)


# a line with no closing punctuation before a blank line: a headline, a subheading
OPEN_LINE = re.compile(r"(?<=[^\s.!?:;,\"'\u201d\u2019)\u2026\-])\n(?=[ \t]*\n)")


def closed_lines(text: str) -> str:
    """A full stop for the first of the line breaks after a line with no closing
    punctuation: the tagger read a headline's last word before a blank line as a
    verb ("… as unions threaten strike" made no statement; with a full stop, one)."""
    return OPEN_LINE.sub(".", text)


def straight_apostrophes(text: str) -> str:
    """Typographic apostrophes inside words as the straight ones the parser was trained on: it
    tags the "n’t" of "isn’t" as punctuation, so "said the plan isn’t fair" lost its negation.
    A closing single quotation mark (after a letter, before a space) stays as it is."""
    return IN_WORD_APOSTROPHE.sub("'", text)


# marks the parser reads as words, as the ones it knows: «…» as curly quotes (it read "»" as a noun), the
# horizontal bar "―" as an em dash (it read one as the verb of "Republicans, like A and B ― three
# former big shots ― have said", whose "big shots" then spoke)
PARSER_MARKS = str.maketrans({"«": "“", "»": "”", "\u2015": "\u2014"})
SIGNPOST = re.compile(r"(?m)^[ \t]*(?:[-*][ \t]+)?(?P<label>[A-Z][\w'’, ]{1,30}?):[ \t]+(?=[A-Z\"“‘'])")


def blank_signposts(text: str, lex: Lexicon) -> str:
    """A digest's signposts ("Why it matters:", "What they're saying:") opening a paragraph, as
    spaces: the parser read "they're saying" as the frame of the sentence after it, whose
    actor "they" then took."""
    def blank(m: re.Match) -> str:
        return spaces(m) if fold(m.group("label").replace("’", "'")) in lex.section_labels else m.group(0)
    return SIGNPOST.sub(blank, text)


def for_parser(text: str, lex: Lexicon) -> str:
    """The text as the parser should see it: Title Case lines in sentence case,
    headlines closed with a full stop, apostrophes straight, guillemets curly, a horizontal bar a dash, a title's section, datelines, credit lines,
    a digest's signposts, embedded posts' tags and bullets blank."""
    text = straight_apostrophes(closed_lines(blank_bullets(blank_markup(blank_credits(blank_datelines(
        blank_section(text), lex))))))  # offsets kept
    text = blank_signposts(text, lex).translate(PARSER_MARKS)  # offsets kept
    lines = text.splitlines(keepends=True)
    if not any(is_title_case(line) for line in lines):
        return text
    proper = proper_words("".join(line for line in lines if not is_title_case(line)))
    out = "".join(sentence_case(line, lex, proper) if is_title_case(line) else line for line in lines)
    return out if len(out) == len(text) else text


def headline_subject(verb: Token) -> Token | None:
    """A headline's subject the parser hung on its verb as a modifier ("Labour attacks Tory tax
    plans": "Labour" an adjective of "attacks"): the noun opening the headline, right before a
    finite root verb that has no subject of its own."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBZ", "VBP", "VBD", "VB"} or sentence(verb).start != 0 \
            or verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    if verb.tag_ == "VB":  # a plural's verb after a comma the tagger took for a bare one ("..., demand new government")
        return first_clause_subject(verb)
    noun = verb.doc[verb.i - 1]
    if noun.head == verb and noun.dep_ in {"amod", "compound", "npadvmod", "dep", "advmod"} \
            and noun.pos_ in {"NOUN", "PROPN"} and noun.left_edge.i == verb.sent.start:
        return noun
    return first_clause_subject(verb)


def first_clause_subject(verb: Token) -> Token | None:
    """The subject a headline's two acts share ("Erdogan vows to purge state, rejects EU criticism", "Sadr
    supporters storm the Green Zone, demand new government"): the parser hangs the first clause on the
    second verb as its reported clause and leaves that verb no subject; the first clause's is its own."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.left_edge.i == verb.sent.start
                   and c.tag_ in {"VBZ", "VBP", "VBD"}), None)
    if clause is None or not any(t.text == "," and t.head == verb for t in verb.doc[clause.right_edge.i + 1:verb.i]):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def colon_clause(verb: Token) -> bool:
    """The verb heads the words after a headline's "Name:" ("Trump: 'We will build the wall'"), which
    the parser hangs on the name as its clause: the words are a clause of their own."""
    return verb.sent.start == 0 and verb.dep_ in {"acl", "relcl", "appos", "dep"} and verb.head.i < verb.i \
        and any(t.text == ":" and t.head == verb.head for t in verb.doc[verb.head.i + 1:verb.left_edge.i + 1])


def headline_plan(verb: Token) -> Token | None:
    """The noun whose act to come a headline's bare infinitive announces ("Labour to scrap tuition
    fees", "Government to ban smoking": headline grammar for "will"): the parser makes the noun the
    root and the verb its clause, or the noun a loose dependent of the verb."""
    if verb.tag_ != "VB" or sentence(verb).start != 0 or verb.i < 2:  # (the tag first: asked of every verb)
        return None
    to, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head != verb or noun.pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ in {"aux", "auxpass"} and c != to for c in verb.children):
        return None
    if verb.dep_ in {"xcomp", "relcl", "acl"} and verb.head == noun and noun.dep_ == "ROOT":
        return noun
    if verb.dep_ == "ROOT" and noun.head == verb and noun.dep_ in {"nsubj", "dep", "npadvmod"}:
        return noun
    return None


def joined_clause(lex: Lexicon, clause: Token) -> bool:
    """A headline's first clause that the parser hung, as a reported clause, on the verb of the
    second ("Kiir rejects troops, U.N. threatens embargo"; "A rejects result; B urge him to go"):
    a finite verb with no modal, before its head, with a subject of its own and a comma or
    semicolon between; the head has an object of its own and, if a speech verb ("urge", "warn"),
    an infinitive or a thing that is what it asks: the clause states its own act, not what the head reports."""
    head = clause.head
    if clause.sent.start != 0 or clause.dep_ != "ccomp" or clause.i > head.i or clause.tag_ not in {"VBZ", "VBP", "VBD"} \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    after = {c.dep_ for c in head.children if c.i > head.i}
    if reaction(lex, head) is not None:
        return True  # "Thai voters approve ..., opposition cries foul": a reaction (``headline_reactions``)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
        and any(t.text in {",", ";"} and t.head == head for t in clause.doc[clause.right_edge.i + 1:head.i]) \
        and ("xcomp" in after or thing_asked(head) if head.lemma_.lower() in lex.speech else bool(after & {"dobj", "xcomp"}))


# the entity types of a speech verb's hearer ("..., minister tells parliament"), not of what it asks or warns of
HEARERS = {"PERSON", "ORG", "GPE", "NORP"}


def thing_asked(head: Token) -> bool:
    """A speech verb's object or "of"/"for" phrase that is no hearer: what the second clause's actor asks or
    warns of ("Jammeh rejects result, West African leaders urge handover"; "..., EC demands affidavit"; "..., West
    warns of escalation"): the clause before it is no content of that verb but a clause of its own."""
    for c in head.children:
        if c.i < head.i:
            continue
        noun = c if c.dep_ == "dobj" else next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ in {"of", "for"} else None
        if noun is not None and noun.pos_ == "NOUN" and noun.ent_type_ not in HEARERS:
            return True
    return False
