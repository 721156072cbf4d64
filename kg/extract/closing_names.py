"""The name that closes a subject after its office ("Karnataka chief minister Siddaramaiah, who ...,
said", "Conservative leader in the Lords Lord Strathclyde accused", "Congress general secretary
(communications) Jairam Ramesh termed"): the small parser hangs the name anywhere (an apposition of
the office, the object of "in", a second subject) and makes the place, the party or the office the
subject's head, so the statement went to "Karnataka" or to "Congress general secretary". The
person named last, right before the verb or the comma that ends the subject, acts.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon import Lexicon, fold
from kg.extract.mentions import Mention, ent_of

# nouns for one who speaks or acts for someone else: "a spokesman for Prime Minister Boris Johnson",
# "the lawyer for President X" is not the named person
ON_BEHALF = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "adviser",
                       "advisor", "advisers", "advisors", "lawyer", "lawyers", "attorney", "attorneys", "wife",
                       "husband", "son", "daughter", "brother", "sister", "mother", "father", "source", "sources",
                       "office", "campaign", "staff", "team", "family", "friend", "friends", "allies", "ally",
                       "supporters", "critics", "opponents", "government", "administration", "ministry"})

# the words that end a subject's run of words before its verb
_ENDS = {"VERB", "AUX"}


class ClosingNameReading:
    """The resolver's reading of a name closing its subject (mixed into ``ActorResolver``)."""

    def closing_name(self, tok: Token) -> Mention | None:
        from kg.extract.actors import TITLES  # (the resolver's module imports this one)
        name = name_closing_subject(tok, self.lex, TITLES)
        if name is None:
            return None
        if name.root.ent_type_:
            return self._single(name.root)
        return self._remember(Mention(self._person(name), self._span(name.start_char, name.end_char), "name"))


def name_closing_subject(tok: Token, lex: Lexicon, titles: frozenset[str] | set[str]) -> Span | None:
    """The person's name that ends the subject ``tok`` opens, when an office comes before it in
    the same run of words; None when ``tok`` is the name already or nothing fits."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.ent_type_ == "PERSON" or fold(tok.text) in ON_BEHALF:
        return None
    doc, verb = tok.doc, tok.head
    if verb.i <= tok.i:
        return None
    start = tok.left_edge.i
    end = None  # the first word after the subject's run
    depth = 0
    for t in doc[tok.i + 1:verb.i + 1]:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth -= 1
            continue
        if depth:
            continue
        if t.i == verb.i or t.text in {",", ";", ":", "—", "–"} or t.pos_ in _ENDS or t.dep_ in {"cc", "relcl", "acl"} \
                or (t.pos_ == "ADV" and t.head == verb):
            end = t.i
            break
    if end is None or end <= tok.i + 1:
        return None
    last = doc[end - 1]
    ent = ent_of(last) or untagged_name(last, lex)
    if ent is None or ent.label_ != "PERSON" or ent.end != end or ent.start <= tok.i or len(ent) > 5:
        return None
    before = doc[start:ent.start]
    if any(fold(t.text) in ON_BEHALF for t in before):
        return None  # "a spokesman for Prime Minister Boris Johnson": the spokesman speaks
    offices = lex.role_nouns | lex.honorifics | titles
    if not (fold(tok.lemma_) in offices or fold(tok.text) in offices or tok.pos_ == "PROPN" or tok.ent_type_ in {"ORG", "GPE", "NORP"}):
        return None  # "the ruling party of President Erdogan": the party (a body's name may open: "Karnataka")
    if not any(fold(t.text) in offices or fold(t.lemma_) in offices for t in before):
        return None
    if any(t.text in {",", ";"} or t.lower_ in {"and", "or", "&"} for t in before):
        return None
    k = ent.start - 1
    while k > start and (fold(doc[k].text) in offices or fold(doc[k].text.rstrip(".")) in offices):
        k -= 1  # the titles glued to the name: "Grand Chief", "Dr"
    if doc[k].pos_ == "ADP" or doc[k].dep_ == "prep":
        return None  # "the envoy to President Assad": someone else's title
    return ent


def untagged_name(last: Token, lex: Lexicon) -> Span | None:
    """"... Samantha Power", "... Emmanuel Ibe Kachikwu" with no entity: capitalised proper nouns
    ending at ``last`` and opening with a known first name, read as a person's name."""
    if last.ent_type_ or last.pos_ != "PROPN" or not last.is_title:
        return None
    doc, i = last.doc, last.i
    while i > 0 and i > last.i - 3 and not doc[i - 1].ent_type_ and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
        i -= 1
    first = next((k for k in range(i, last.i) if fold(doc[k].text) in lex.first_names), None)
    return None if first is None else Span(doc, first, last.i + 1, label="PERSON")
