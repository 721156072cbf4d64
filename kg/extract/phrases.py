"""Noun phrases as the learned stages label them: a head noun with its
modifiers, its of-phrase, and the label they make."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.extract.mentions import ent_of


def np_tokens(head: Token) -> list[Token]:
    """A noun and its modifiers to the left, without determiners or possessive
    pronouns; a hyphen inside a modifier stays ("24-hour drinking", "women-only
    shortlists" had lost their first word). Coordinated modifiers stay ("refugee and human
    rights agencies"): a conjunct left of the head is a modifier's, the head's own come after it."""
    left = [t for t in head.subtree if t.i <= head.i and (joined_by_hyphen(t) or (
            t.dep_ not in {"det", "appos", "relcl", "acl", "predet"} and (t.dep_ not in {"cc", "conj"} or t.i < head.i)
            and not (t.dep_ == "poss" and t.pos_ == "PRON") and t.dep_ != "punct"))]
    # keep only the contiguous run that ends at the head
    run: list[Token] = []
    doc = head.doc
    for t in reversed(sorted(left, key=lambda x: x.i)):
        if run and any(not doc[g].is_quote for g in range(t.i + 1, run[-1].i)):  # (the gap's words, no Span made)
            break  # a quotation mark inside the phrase is no gap: 'Some "Leave" campaigners'
        run.append(t)
    while len(run) > 1 and run[-1].text == "-":
        run.pop()  # a hyphen left dangling at the phrase's start
    return (list(reversed(run)) or [head]) + hyphened_rest(head) + numbered(head)


def numbered(head: Token) -> list[Token]:
    """The number that names a capitalised head after it ("Article 5", "Article 49.3",
    "Resolution 2231"): part of the name, which had been left as "Article" (probe30c)."""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is None or nxt.head.i != head.i or nxt.dep_ != "nummod" or nxt.pos_ != "NUM" or not head.text[:1].isupper():
        return []
    return [nxt]


def hyphened_rest(head: Token) -> list[Token]:
    """The rest of a hyphened word the parser split after its head ("favoured de-escalation"
    made "de" the object and left "-escalation" beside it): the target is the whole word."""
    doc, k, out = head.doc, head.i, []
    above = None  # the head's ancestors, walked only where a hyphen follows
    while joined_by_hyphen(doc[k]) and k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].is_alpha:
        if above is None:
            above = {a.i for a in head.ancestors}
        if k + 2 in above:
            break
        out += [doc[k + 1], doc[k + 2]]
        k += 2
    return out


# fixed pairs that name one thing: split, neither word is what is meant ("want checks and balances" is
# no demand for "checks"); general English and the diplomats' set phrases (probes: news2025, world2016)
BINOMIALS = frozenset({"checks and balances", "law and order", "health and safety", "rank and file",
                       "research and development", "supply and demand", "trial and error", "search and rescue",
                       "peace and security", "peace and stability", "truth and reconciliation"})


def binomial_rest(head: Token) -> list[Token]:
    """"and" and the second word of a fixed pair ``head`` begins ("restore law and order"), else []."""
    doc, k = head.doc, head.i
    if k + 2 < len(doc) and doc[k + 1].lower_ == "and" and doc[k + 2].dep_ == "conj" \
            and f"{head.lower_} and {doc[k + 2].lower_}" in BINOMIALS:
        return [doc[k + 1], doc[k + 2]]
    return []


def binomial_second(tok: Token) -> bool:
    """The second word of a fixed pair ("order" of "law and order"): no target of its own."""
    return tok.i >= 2 and binomial_rest(tok.doc[tok.i - 2]) == [tok.doc[tok.i - 1], tok]


def joined_by_hyphen(t: Token) -> bool:
    """A word joined by a hyphen to the next ("all-party", where "all" is a
    determiner), or the hyphen itself between two words: part of the modifier. (A token's
    test; ``kg.extract.mentions.hyphened`` asks it of a stretch of characters.)"""
    doc = t.doc
    if t.text == "-":
        return 0 < t.i < len(doc) - 1 and t.whitespace_ == "" and doc[t.i - 1].whitespace_ == ""
    return t.whitespace_ == "" and t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 1].whitespace_ == ""


# verbs whose "of" names the act alleged of their object ("accused the minister of lying")
ACCUSING = frozenset({"accuse", "suspect", "convict"})


def alleged_act(prep: Token) -> bool:
    """"accused the minister [of misleading parliament]", "accused by doctors [of neglecting hospitals]":
    an "of" that opens with an -ing word after an accusing verb's object or agent is the act alleged,
    which the small model reads as a noun phrase; it is no part of the accused or the accuser."""
    if prep.lower_ != "of" or prep.i + 1 >= len(prep.doc):
        return False
    nxt = prep.doc[prep.i + 1]
    if not (nxt.tag_ == "VBG" or (nxt.dep_ == "amod" and nxt.lower_.endswith("ing")) or wrong_named(prep)):
        return False
    noun = prep.head
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else None
    return verb is not None and verb.lemma_.lower() in ACCUSING


def agreed_matter(verb: Token) -> Token | None:
    """"agreed with Pakistan on a ceasefire": an agreement reached with another side on a matter
    accepts the matter (its "on", on the verb or hung on the side); the side is no view supported,
    as it is in "agrees with Fox's view", which names no matter."""
    if verb.lemma_.lower() != "agree" or verb.tag_ not in {"VBD", "VBN"}:
        return None
    side = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj"), None)
    if side is None:
        return None
    return next((c for c in [*verb.children, *side.children] if c.dep_ == "prep" and c.lower_ == "on" and c.i > side.i
                 and any(o.dep_ == "pobj" and o.pos_ != "PRON" and o.ent_type_ not in {"DATE", "TIME"} for o in c.children)), None)


def served_by(verb: Token) -> Token | None:
    """"offered the Vatican as a venue for talks", "proposed Geneva as host of the summit": what the
    object is put forward to serve (the talks), named in its role's "for", "of" or "in"."""
    role = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if role is None:
        return None
    return next((o for c in role.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "in"}
                 for o in c.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None)


def wrong_named(prep: Token) -> bool:
    """"accused the executive [of a cover-up]", "[of gross incompetence]": a common noun with no
    definite determiner after "of" names the wrong; "the head of the agency", "the Bank of
    England" keep their "of" (a definite or a proper noun is more often part of the one named)."""
    p = next((x for x in prep.children if x.dep_ == "pobj"), None)
    return p is not None and p.pos_ == "NOUN" and not any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in p.children)


# plural counts that head the things counted
COUNT_NOUNS = frozenset({"thousand", "hundred", "million", "billion", "dozen", "score", "ten"})


def counted(tok: Token) -> Token | None:
    """The things a plural count names ("help thousands of workers": the workers), which the spaCy
    parse makes the count's "of" object; None for any other word. (Probe of BBC-style news: "called
    on the government to do more to help thousands of workers" was read as no statement.)"""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in COUNT_NOUNS:
        return None
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def of_extension(head: Token) -> list[Token] | None:
    for c in children(head):
        if c.dep_ == "prep" and c.lower_ in {"of", "on", "for", "to", "against", "over", "in"} and c.i > head.i \
                and not alleged_act(c):
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and p.pos_ in {"NOUN", "PROPN"}:
                return [c, *np_tokens(p), *name_rest(p)]
    return None


def name_rest(head: Token) -> list[Token]:
    """The rest of a name its head starts, past the head: "of American States" in
    "the Organization of American States", "of England" in "the Bank of England"."""
    if head.pos_ != "PROPN":
        return []
    ent = ent_of(head)  # from the IOB tags: ``doc.ents`` builds every entity of the document per call
    if ent is None or ent.label_ not in {"ORG", "GPE", "FAC", "NORP", "LOC"}:
        return []
    return [t for t in ent if t.i > head.i and head in t.ancestors]


def label_of(tokens: list[Token]) -> str:
    """The words as the text spaced them ("the Tories' sums", "U.S.-led"), one
    space where words were left out between them."""
    toks = [t for t in tokens if not t.is_space]
    return spaced([t.text for t in toks], toks)


def spaced(words: list[str], spots: list[Token]) -> str:
    """``words`` (each of the token at its place in ``spots``, as written or recased) spaced as
    the text spaced their tokens: "£500m" and "U.S.-led" stay whole; a space wherever the text
    had one or words were left out between them."""
    out = []
    for k, (w, t) in enumerate(zip(words, spots)):
        out.append(w)
        if k + 1 < len(words):
            out.append(" " if spots[k + 1].i != t.i + 1 or t.whitespace_ else "")
    return "".join(out).replace(" - ", "-").strip()


def ancestry(a: Token) -> dict[int, int]:
    """Token index -> steps up from ``a`` to that ancestor (``a`` itself at 0)."""
    return {t.i: k for k, t in enumerate([a, *a.ancestors])}


def path_len(a: Token, b: Token, up: dict[int, int] | None = None) -> int:
    """Steps from ``a`` to ``b`` through their lowest common ancestor (99: none); ``up``:
    ``ancestry(a)``, where the caller measures many paths from ``a``."""
    return steps(ancestry(a) if up is None else up, [b.i, *(t.i for t in b.ancestors)])


def steps(up: dict[int, int], chain: Sequence[int]) -> int:
    """``path_len`` from the ancestry ``up`` of one word to the indices ``chain`` of another
    and its ancestors, upward (both read once where many pairs are measured)."""
    for k, i in enumerate(chain):
        if i in up:
            return up[i] + k
    return 99


# where a post is put: "paid tribute on X", "wrote via X" name the platform, never what the act is about
PLATFORM_NAMES = frozenset({"X"})


def platform(tok: Token) -> bool:
    """``tok`` is the social platform X after "on" or "via" (2025 news: "paid tribute on X"
    had made X the praised)."""
    return tok.text in PLATFORM_NAMES and tok.dep_ == "pobj" and tok.head.lower_ in {"on", "via"}


def overdone(noun: Token) -> bool:
    """"too much pressure", "too many tests": a noun counted as an excess (an issue said to put too much
    pressure on children is judged; the pressure is no demand of the speaker's)."""
    return any(c.dep_ == "amod" and c.lower_ in {"much", "many"} and any(
        a.dep_ == "advmod" and a.lower_ == "too" for a in c.children) for c in noun.children)


# nouns of change or of money put in, whose "in" phrase says what changes ("a cut in taxes", "a change in the law",
# "investment in renewable energy"), not where (probebbc19: "called for investment in ..." had been "investment")
CHANGE_NOUNS = frozenset({"increase", "rise", "cut", "reduction", "fall", "freeze", "change", "investment", "boost",
                          "hike", "drop", "decrease", "improvement"})
WHERE_OR_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP"})


def changed_in(head: Token, prep: Token) -> bool:
    """``prep`` is the "in" of a change noun whose object is no place or time ("a rise in pensions", not
    "a rise in Scotland", "a cut in April")."""
    return prep.lower_ == "in" and head.lemma_.lower() in CHANGE_NOUNS and any(
        p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} and p.ent_type_ not in WHERE_OR_WHEN for p in prep.children)
