"""Direct quotations: where they are and who said them.

Marks handled: straight "…", curly “…”, typewriter ``…'', guillemets «…», single
marks in a headline ('…', ‘…’), and single marks in the body of an article that
quotes in single marks only (some outlets' house style). A quote may span
sentences; an opening mark at a paragraph start with no closing mark before
the paragraph ends runs to the paragraph end (news style for long quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.records import Span

PAIRS = [("“", "”"), ("``", "''"), ("«", "»")]
MIN_WORDS = 1


@dataclass
class Quote:
    content: Span  # without marks
    outer_start: int  # with marks
    outer_end: int


def find_quotes(text: str, lex=None) -> list[Quote]:
    """All direct quotes in ``text``, content offsets without the marks (with ``lex``, also a known
    speaker's words after a colon in the headline)."""
    spans: list[tuple[int, int, int, int]] = []
    used: set[int] = set()  # straight marks that closed a curly opening
    taken = [False] * (len(text) + 1)
    def closing_like(k: int) -> bool:
        """A mark after a word and before a space or punctuation closes a quote."""
        return k > 0 and not text[k - 1].isspace() and (k + 1 >= len(text) or text[k + 1] in " \t\n,.;:!?)—–-")

    for op, cl in PAIRS:
        i = 0
        while True:
            s = text.find(op, i)
            if s < 0:
                break
            if op == "“":
                para_end = text.find("\n\n", s)
                para_end = len(text) if para_end < 0 else para_end
                close = None
                for k in range(s + 1, para_end):
                    ch = text[k]
                    if ch == "”" or (ch in '"“' and closing_like(k)):
                        # “…” and the typewriter slips “…" and “…“
                        close = k
                        break
                    if ch == "“":
                        break  # a new quote opens first: this one runs on (multi-paragraph style)
                if close is not None:
                    if text[close] == '"':
                        used.add(close)
                    spans.append((s, s + 1, close, close + 1))
                    i = close + 1
                    continue
                line_end = text.find("\n", s)
                line_end = len(text) if line_end < 0 else line_end
                spans.append((s, s + 1, line_end, line_end))  # unclosed: runs to the end of its line
                i = max(line_end, s + 1)
                continue
            para_end = text.find("\n\n", s)
            para_end = len(text) if para_end < 0 else para_end
            e = text.find(cl, s + len(op))
            nxt = text.find(op, s + len(op))
            if e < 0 or e > para_end or (0 <= nxt < e):
                line_end = text.find("\n", s)
                line_end = len(text) if line_end < 0 else line_end
                if e < 0 or e > line_end:
                    # unclosed: runs to the end of its line/paragraph
                    spans.append((s, s + len(op), line_end, line_end))
                    i = line_end
                    continue
            spans.append((s, s + len(op), e, e + len(cl)))
            i = e + len(cl)
    # straight quotes: pair them within each line
    closers = {e for _, _, e, _ in spans}
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        marks = [line_start + k for k, c in enumerate(m.group()) if c == '"' and line_start + k not in used]
        pairs, left = pair_straight(text, marks)
        spans += [(a, a + 1, b, e) for a, b, e in pairs]
        if left is not None:
            a = left
            # mixed marks: "… closed by a curly ” that no “ opened
            close = next((k for k in range(a + 1, m.end()) if text[k] == "”" and k not in closers), None)
            if close is not None:
                spans.append((a, a + 1, close, close + 1))
            else:
                spans.append((a, a + 1, m.end(), m.end()))
    spans += headline_quotes(text) + colon_lines(text) + single_marked(text) + (speaker_headline(text, lex) if lex else [])
    out = []
    for s, cs, ce, e in sorted(spans):
        content = text[cs:ce]
        lead = len(content) - len(content.lstrip())
        trail = len(content) - len(content.rstrip())
        cs, ce = cs + lead, ce - trail
        if ce - cs < 2 or any(taken[cs:ce]):
            continue
        for k in range(cs, ce):
            taken[k] = True
        out.append(Quote(Span(cs, ce, text[cs:ce]), s, e))
    return out


SINGLE_OPEN, SINGLE_CLOSE = "'‘", "'’"


def headline_end(text: str) -> int:
    """Where the headline, the text's first non-blank line, ends."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def headline_quotes(text: str) -> list[tuple[int, int, int, int]]:
    """Quotations in single marks in the headline (its first line), the
    headline writer's convention ("Council tax rise 'reasonable'", "Sanders:
    ‘It Is Not A Radical Idea’"). Elsewhere a single mark is far more often
    an apostrophe, and the body quotes in double marks."""
    start, end = len(text) - len(text.lstrip()), headline_end(text)
    out = []
    k = start
    while k < end:
        if text[k] in SINGLE_OPEN and (k == start or text[k - 1] in " (:—–-") and k + 1 < end and text[k + 1].isalnum():
            close = next((j for j in range(k + 2, end) if text[j] in SINGLE_CLOSE and not text[j - 1].isspace()
                          and (j + 1 >= end or not text[j + 1].isalnum())), None)
            if close is not None:
                out.append((k, k + 1, close, close + 1))
                k = close + 1
                continue
        k += 1
    return out


def single_marked(text: str) -> list[tuple[int, int, int, int]]:
    """Quotations in single marks in the body of an article with no double mark after its
    headline: the house style of outlets that quote 'like this' or ‘like this’. A mark opens
    after a space or a paragraph's start before a word, and closes after a word before a space
    or punctuation, before the next opening."""
    body = text.find("\n")
    if body < 0 or any(c in text[body:] for c in '"“”'):
        return []
    out = []
    for para in re.finditer(r"[^\n]+", text[body:]):
        a, b = body + para.start(), body + para.end()
        opens = [k for k in range(a, b - 1) if text[k] in SINGLE_OPEN and (k == a or text[k - 1] in " \t(—–-:")
                 and text[k + 1].isalnum()]
        for n, k in enumerate(opens):
            if out and k < out[-1][3]:
                continue
            stop = opens[n + 1] if n + 1 < len(opens) else b
            closes = [j for j in range(k + 2, stop) if text[j] in SINGLE_CLOSE and not text[j - 1].isspace()
                      and (j + 1 >= b or not text[j + 1].isalnum())]
            if not closes:
                continue
            # the first that is no plural's apostrophe ("the MPs' voters"), else the last
            close = next((j for j in closes if not (text[j - 1] in "sS" and text[j + 1:j + 3][:1] == " "
                                                    and text[j + 2:j + 3].isalpha())), closes[-1])
            # words said, not a term held at arm's length (the 'consultation'): three words or a sentence's end
            if len(text[k + 1:close].split()) >= 3 or text[close - 1] in ",.!?":
                out.append((k, k + 1, close, close + 1))
    return out


def mark_side(text: str, k: int) -> str:
    """"open", "close" or "either" for the straight mark at ``k``, by what is
    on each side of it: ' "We' opens, 'we."' and 'it," he' close."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/:") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ",.;:!?)]}—–-'")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def pair_straight(text: str, marks: list[int]) -> tuple[list[tuple[int, int, int]], int | None]:
    """Pair one line's straight marks by which way each faces, so that a stray
    mark does not turn every later quotation inside out (the text between two
    quotations read as one): (opening mark, content end, outer end) each, and
    the mark left open at the line's end, if any."""
    pairs: list[tuple[int, int, int]] = []
    opened: int | None = None
    for k in marks:
        side = mark_side(text, k)
        if opened is None:
            if side != "close":
                opened = k
        elif side == "open":
            # 'economically. "More people ...': a quotation of several paragraphs
            # (run together here) leaves each one open; the next opening ends it
            pairs.append((opened, k, k))
            opened = k
        else:
            pairs.append((opened, k, k + 1))
            opened = None
    return pairs, opened


def words(q: Quote) -> int:
    return len(q.content.text.split())


# a line that is a name, a colon and first-person words ("Obama: I'm Optimistic Americans Will Say No
# to Trump.", "Netanyahu: We'll let in minimal aid ...; Ben Gvir: 'A grave mistake'"): a headline's way of
# quoting its speaker without marks; the words end with the line or at a semicolon opening the next part
COLON_LINE = re.compile(r"(?m)^[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: (?P<words>(?:(?:I|We)(?:['’](?:m|re|ll|ve|d))?|My|Our) "
                        r"[^\n\"“”‘’:;]{3,150}?)[.!?]?[ \t]*(?:$|(?=;))")


def colon_lines(text: str) -> list[tuple[int, int, int, int]]:
    """Quotations with no marks after a name and a colon on a line of their own, their words in the
    first person (whose "I" only the name before the colon can be)."""
    return [(m.start("words"), m.start("words"), m.end("words"), m.end("words")) for m in COLON_LINE.finditer(text)]


# a headline that is a speaker's name, a colon and words of theirs in the third person ("Araghchi: Enrichment
# is not negotiable", "Zelensky: Russia sent a decorative delegation"): the words are the name's, as a
# first-person line's are; the name must be a person or body the gazetteer knows ("Colombia:", "COP30:",
# "Analysis:" name a place, an event or a kind of piece, no speaker)
NAMED_HEADLINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}): "
                            r"(?P<words>[A-Z\"“‘'][^\n:;]{3,150}?)[.!?]?[ \t]*(?=$|;|\n)")
SPEAKING_KINDS = frozenset({"person", "organisation"})


def speaker_headline(text: str, lex) -> list[tuple[int, int, int, int]]:
    """The words after a known speaker's name and a colon opening the headline, as a quotation."""
    start = len(text) - len(text.lstrip())
    m = NAMED_HEADLINE.match(text, start)
    if m is None or m.end() > headline_end(text):
        return []
    actor = lex.actor_for(m.group("name"))
    if actor is None or actor.kind not in SPEAKING_KINDS:
        return []
    return [(m.start("words"), m.start("words"), m.end("words"), m.end("words"))]


IN_PASSING = 5  # words: a phrase the narrator quotes in its own sentence ("common-sense", "a disaster")


def in_passing(text: str, q: Quote) -> bool:
    """A few words quoted inside the narrator's own phrase, a word on either side with no punctuation
    between ('arguing that he will bring a "common-sense" approach'): the writer's borrowing, not the
    next part of a speaker's run ('"A," X said, "B."' opens after a comma; ``speakers.quote_groups``)."""
    before, after = text[:q.outer_start].rstrip(" "), text[q.outer_end:].lstrip(" ")
    return len(q.content.text.split()) <= IN_PASSING and before[-1:].isalnum() and after[:1].isalnum()
