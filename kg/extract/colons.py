"""Quotations credited without a reporting verb: the speaker is whoever the words before the
colon that opens them name, or the name a dash sets after them ("― Pamela Padilla", "- Sanders.")."""
from __future__ import annotations

import re

from kg.extract.actors import Mention, ent_of
from kg.extract.subjects import subject_of
from kg.extract.context import Context
from kg.extract.quotes import Quote
from kg.records import Actor

# where the words before a colon start: a line, a dash ("HEADLINE - Philip Bump:"), a semicolon ("...; Ben
# Gvir: 'A grave mistake'"), or the end of a sentence (not the stop of an abbreviation: "Rep. Trey Gowdy
# (R-S.C.):", "Michael P. McDonald:")
LEAD = re.compile(r"\n|(?:^|\s)[-—–]+\s*|[\"”]\s+|;\s+|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})"
                  r"[.!?][\"”’)\]]*\s+")


def name_before_colon(ctx: Context, doc, q: Quote) -> Mention | None:
    """'Clinton: "..."', '... EARLY - Mark Blumenthal and Jon Cohen: "..."': a colon after a name and
    no verb (a transcript's or a round-up's way of crediting a quotation) names its speaker."""
    text = ctx.document.text
    before = text[:q.outer_start].rstrip()
    if not before.endswith(":") or q.outer_start - len(before) > 3:
        return None
    colon = len(before) - 1
    lo = max(0, colon - 120)
    start = lo
    for m in LEAD.finditer(text, lo, colon):
        start = m.end()
    if start == lo and lo > 0:
        return None
    seg = text[start:colon].strip()
    if not seg[:1].isupper() or not 1 <= len(seg.split()) <= 10:
        return None
    span = doc.char_span(start + text[start:colon].index(seg[0]), colon, alignment_mode="expand")
    if span is None or any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"VBZ", "VBD", "VBP"} for t in span):
        return None
    head = span.root
    words = [t for t in span if t.is_alpha]
    # a name the tagger did not type: capitalised words, a proper noun among them ("HuffPollster")
    shaped = all(t.text[:1].isupper() or t.lower_ in {"and", "of", "the"} for t in words) \
        and any(t.pos_ == "PROPN" for t in words) and not any(t.is_upper and len(t) > 1 for t in words)
    if head.ent_type_ not in {"PERSON", "ORG"} and not shaped:
        return None
    e = ent_of(head)
    # the tagger may run a name into the words after the colon ("Araghchi: Enrichment" one ORG): the name ends there
    m = ctx.resolver.resolve(head) if e is None or e.end_char <= colon else None
    if m is None:
        e = e if e is not None and e.label_ in {"PERSON", "ORG"} and e.end_char <= colon else None
        s0, s1 = (e.start_char, e.end_char) if e is not None else (span.start_char, span.end_char)
        kind = "person" if e is None or e.label_ == "PERSON" else "organisation"
        label = text[s0:s1]
        actor = ctx.lex.actor_for(label) or Actor(label=label, kind=kind)
        m = Mention(actor, ctx.span(s0, s1), "name")
    return m if m.how != "pronoun" and m.actor.kind != "media" else None


def colon_intro(ctx: Context, doc, q: Quote) -> Mention | None:
    """'Mitch McConnell delivered a blunt message to Trump: "It's time ..."': the named
    subject of the clause whose colon opens the quotation says it, whatever its verb."""
    before = ctx.document.text[:q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or span[0].text != ":":
        return None
    verb = span[0].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # the colon hangs on the clause's last noun ("a message to Trump:")
    subj = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subj is None or q.outer_start <= subj.idx:
        return None
    m = ctx.resolver.resolve(subj)
    return m if m is not None and m.how != "pronoun" and m.actor.kind != "media" else None


DASH_CREDIT = re.compile(r"[ \t]*[―—–][ \t]*([^\n―—–\"“”]{2,80}?)[ \t.]*(?=\n|$)")


# '"…"\n\n- Sanders.': a quoted paragraph credited on the line below it (fact checks)
CREDIT_LINE = re.compile(r"[ \t]*\n\s*[-―—–][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t.]*(?=\n|$)")


def dash_credit(ctx: Context, q: Quote) -> Mention | None:
    """'"…" ― Pamela Padilla': a quotation credited by a dash after it (vox pops,
    epigraphs); the name up to the end of the line is the speaker. A whole
    quoted paragraph takes a name alone on the dashed line below it."""
    text = ctx.document.text
    m = DASH_CREDIT.match(text, q.outer_end)
    if m is None and text[:q.outer_start].rstrip(" \t")[-1:] in {"", "\n"}:
        m = CREDIT_LINE.match(text, q.outer_end)
    if m is None:
        return None
    name = m.group(1).strip().rstrip(".")
    if not name[:1].isupper() or len(name.split()) > 8:
        return None
    actor = ctx.lex.actor_for(name) or Actor(label=name, kind="person")
    start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    return Mention(actor, ctx.span(start, start + len(name)), "name")
