"""Quotations → speakers: the reporting verb's subject and its repairs, dash
credits, "he added" chains, and quotations of one speaker merged."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as SpacySpan, Token

from kg.attribution import enabled as learned_attribution
from kg.attribution.component import learned_speaker
from kg.extract.actors import Mention, ent_of
from kg.extract.candidates import left_as_it_was, longer_name
from kg.extract.mentions import FIRST_PERSON, PERSON_PRONOUNS, PLURAL_PRONOUNS
from kg.extract.counted_speakers import counted_subject
from kg.extract.clauses import pobj
from kg.extract.subjects import subject_of, agent_of, speech_frame
from kg.extract.colons import colon_intro, dash_credit, name_before_colon
from kg.extract.context import Context
from kg.extract.headlines import BULLETS
from kg.extract.quotes import Quote
from kg.extract.bare_credits import bare_report, claim_of, media_source, one_of
from kg.extract.told_before import cue_of_its_own, other_voice, reported_before, reports_own
from kg.lexicon import Lexicon
from kg.records import Actor, Span




# ---- quotes -----------------------------------------------------------------

def speech_verb(lex: Lexicon, tok: Token) -> bool:
    """A reporting verb: "said", or a phrasal one ("went on", "shot back"; data in cues.toml)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    return lemma in lex.speech or any(f"{lemma} {c.lower_}" in lex.speech_phrasal for c in tok.children if c.dep_ in {"prt", "advmod"})


def name_word(t: Token) -> bool:
    """Tagged anything, but capitalised like a name ("Skelly" as an adverb; "Hakeem" as a verb in a
    person's name)."""
    return (t.pos_ in {"PROPN", "NOUN", "ADV", "ADJ"} or t.ent_type_ == "PERSON") and t.text[:1].isupper() \
        and t.text.rstrip(".").isalpha() and t.ent_type_ not in {"DATE", "TIME", "ORDINAL"}


INDEFINITE = {"a", "an", "another"}
CITING = {"cite", "quote", "report"}  # what they take is cited, never the speaker ("citing an instance")
# verbs whose passive subject is the one spoken to ("students who were told ..."), never the speaker
TOLD = {"tell", "ask", "inform", "assure", "reassure", "brief", "advise", "warn", "promise"}


def speaker_of(verb: Token, q: Quote) -> Token | None:
    """The subject of a reporting verb outside quote ``q``, with repairs for the
    parses that lose it: two subjects (the quote's and the speaker's), a name
    right before the verb ('"…," Tulsa police Chief Chuck Jordan said') or right
    after it ('"…," said Skelly'), whatever the parser made of the words."""
    subj = subject_of(verb) or agent_of(verb)
    if subj is not None and verb.lemma_.lower() in TOLD and any(c.dep_ == "auxpass" for c in verb.children):
        # 'students who were told there would be no fees "have been given the opposite"': the one told hears
        subj = agent_of(verb)
    clause = subj.head if subj is not None else None
    if clause is not None and clause is not verb and verb.dep_ == "conj" and clause.dep_ == "ccomp" \
            and clause.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # 'X said any easing would be "a gift ..." and urged Y to ...': the parser hung "urged"
        # on the reported clause, whose subject does not speak; the reporting verb's does
        subj = subject_of(clause.head) or subj
    if subj is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in {"say", "add"} \
            and subj.head == verb.head and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in TOLD | {"say"}:
        # 'Green told the paper the driver deserved no leniency, saying: "..."': the parser hung
        # "saying" on the reported clause, whose subject does not speak; the one who told it does
        subj = subject_of(verb.head.head) or subj
    if subj is not None and q.outer_start <= subj.idx < q.outer_end:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                     and not (q.outer_start <= c.idx < q.outer_end)), None)
    if subj is not None or verb.idx < q.outer_end:
        return subj
    doc = verb.doc
    e = ent_of(doc[verb.i - 1]) if verb.i > 0 else None
    if e is not None and e.label_ in {"PERSON", "ORG", "GPE", "NORP"} and q.outer_end <= e.start_char:
        return e.root
    if verb.i + 1 < len(doc) and name_word(doc[verb.i + 1]) and verb.lemma_.lower() != "tell":
        # (not '"...," Ramos told AFP': the one told is no speaker)
        j = verb.i + 1
        while j + 1 < len(doc) and name_word(doc[j + 1]):
            j += 1
        return doc[j]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in INDEFINITE and doc[verb.i + 1].dep_ == "det" \
            and verb.lemma_.lower() not in CITING:
        # '"...," added a South Carolina Democrat' / 'wrote a Trump supporter who ...': the
        # parser took the speaker for the verb's object; the noun the article opens is the speaker
        head = doc[verb.i + 1].head
        if head.i > verb.i and head.head == verb and head.pos_ in {"NOUN", "PROPN"}:
            return head
    return None


def reporter(ctx: Context, verb: Token) -> Token:
    """The verb whose speaker said a quotation that hangs from ``verb``: the
    reporting verb its clause hangs from ('Lavrov remarked that Moscow would
    need to "study the offer"'), and, out of a reported clause whose subject is
    no person, the one who reports it ('Peskov told reporters that Russia would
    announce its delegation "when ..."': Peskov's words, as 'Government guidance
    said ... "no current purpose", Mr Thomas said' are Thomas's); a person's
    words stay theirs ('sources said he said "no more baby parts"', 'Kim said
    "...", KCNA reported'). Never a verb inside a quotation."""
    inside = ctx.resolver.in_quote
    if verb.lemma_.lower() not in ctx.lex.speech:
        top = speech_frame(ctx.lex, verb) or aside(ctx, verb)
        if top is None or inside(top.idx):
            return verb
        verb = top
    while verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.lex.speech and not inside(verb.head.idx) \
            and not personal(ctx, subject_of(verb)):
        verb = verb.head
    return verb


def aside(ctx: Context, verb: Token) -> Token | None:
    """A reporting verb set in the clause as an aside ('As a result, says the committee, the
    government may need to "remove ambiguity"'): the clause is the aside's speaker's words."""
    t = verb
    while t.head != t and t.dep_ in {"xcomp", "ccomp", "conj", "advcl"}:
        t = t.head
    return next((c for c in t.children if c.dep_ == "parataxis" and speech_verb(ctx.lex, c)
                 and (subject_of(c) is not None or agent_of(c) is not None)), None)


def personal(ctx: Context, subj: Token | None) -> bool:
    """A subject that is a person: a name (tagged, known to the gazetteer, or a
    surname the article gave in full), a personal pronoun, a role noun ("the spokesman"),
    not an institution's ("Peskov said the government would not respond to "...""; Peskov's words)."""
    if subj is None:
        return False
    known = ctx.lex.actor_for(subj.text)
    return (subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS | FIRST_PERSON | PLURAL_PRONOUNS | {"you"}
            or (subj.lemma_.lower() in ctx.lex.role_nouns and subj.lemma_.lower() not in ctx.lex.institution_nouns)
            or (known is not None and known.kind == "person")
            or (subj.text[:1].isupper() and ctx.resolver.by_surname(subj.text) is not None))


def attribute_quotes(ctx: Context, sents: list[SpacySpan], which: list[int]) -> None:
    """Find each quote's speaker: the subject of a reporting verb outside the
    quote in the sentences it touches, else the previous quote's speaker."""
    starts = [s.start_char for s in sents]
    for qi in which:
        q = ctx.quotes[qi]
        prev = ctx.prev_quote
        a = max(bisect.bisect_right(starts, q.outer_start) - 1, 0)
        b = max(bisect.bisect_right(starts, max(q.outer_end - 1, q.outer_start)) - 1, 0)
        cands: list[tuple[int, Token]] = []
        for s in sents[a:b + 1]:
            for tok in s:
                if q.outer_start <= tok.idx < q.outer_end:
                    continue
                if speech_verb(ctx.lex, tok) or bare_report(ctx, tok, q) or (
                        tok.lower_ in {"according"} and tok.dep_ == "prep"):
                    # no other quote between the verb and this one
                    lo, hi = sorted((tok.idx, q.content.start if tok.idx < q.outer_start else q.content.end))
                    if any(o is not q and lo <= o.content.start < hi for o in ctx.quotes):
                        continue
                    dist = q.outer_start - tok.idx if tok.idx < q.outer_start else tok.idx - q.outer_end
                    cands.append((dist, tok if tok.lower_ == "according" else reporter(ctx, tok)))
        if not cands and b + 1 < len(sents) and sents[b + 1].start_char - q.outer_end <= 2 \
                and not (q.outer_start == sents[a].start_char and "\n" in ctx.document.text[q.outer_end:sents[b + 1].start_char]):
            # '"A great day!" Trump posted.': the splitter ended the sentence at the
            # closing mark; the attribution opens the next one (not for a quoted sentence closing its
            # paragraph: '"We have nothing to hide."\n\nMossack Fonseca has denied ...', probe round w16d;
            # a quoted fragment closing a narrative one may be the next paragraph's report's, train w16)
            for tok in sents[b + 1][:4]:
                if (speech_verb(ctx.lex, tok) or bare_report(ctx, tok, q)) and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                    # ('... con you." A Labour spokesman later said the timing was ...': a verb with
                    # its own reported clause says that, not the quotation before it)
                    cands.append((tok.idx - q.outer_end, tok))
        if not cands and a > 0 and sents[a - 1].text.rstrip().endswith(":"):
            for tok in sents[a - 1]:
                if speech_verb(ctx.lex, tok):
                    cands.append((q.outer_start - tok.idx, tok))  # He said:\n\n"We have ..."
        speaker: Mention | None = dash_credit(ctx, q) or name_before_colon(ctx, sents[0].doc, q) or claim_of(ctx, sents[0].doc, q)
        if speaker is not None:
            cands = []
        gov = governing_verb(sents, starts, q)
        if gov is not None and any(o is not q and o.content.start <= gov.idx < o.content.end for o in ctx.quotes):
            gov = None  # '"If he thinks ...," the narrator says, "what does he think?"': the other quote's verb
        if gov is not None:
            # 'X remarked that Moscow would need to "think this through"': X speaks
            gov = reporter(ctx, gov)
        if speaker is None and gov is not None and all(v.i != gov.i for _, v in cands):
            cands.append((-1, gov))  # the quote is this verb's complement: "they called on Russia "to stop...""
        for _, verb in sorted(cands, key=lambda x: x[0]):
            if verb.lower_ == "according":
                to = next((c for c in verb.children if c.dep_ == "prep"), None)
                p = pobj(to) if to is not None else None
                subj = p
            else:
                subj = speaker_of(verb, q)
                quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if quoted is not None and verb.lemma_.lower() in {"quote", "cite"} and (
                        quoted.ent_type_ in {"PERSON", "ORG"} or quoted.lemma_.lower() in ctx.lex.role_nouns):
                    # (a thing cited is no speaker: 'citing last week's attack as a wake-up call')
                    subj = quoted  # '"...," the agency quoted the minister as saying': the one quoted speaks
                elif subj is None and verb.lemma_.lower() in {"quote", "cite"}:
                    # '"...," Macron was cited as saying' / 'was quoted in the article': the one quoted speaks
                    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None or (subj := counted_subject(subj)) is None:
                continue
            if q.outer_start <= subj.idx < q.outer_end:
                continue
            if gov is not None and verb.i == gov.i and not speech_verb(ctx.lex, verb) and subj.lower_ in {"it", "which", "that", "this"}:
                continue  # 'Critics fear it could allow "killing by omission"': a thing quoted about speaks not
            m = ctx.resolver.resolve(subj)
            if m is not None and m.how == "pronoun" and prev is not None:
                m = prev_speaker_for(ctx, prev, subj, q) or m
            member = one_of(subj)
            if m is None and (subj.pos_ in {"NOUN", "PROPN"} or member is not None) and (
                    speech_verb(ctx.lex, verb) or bare_report(ctx, verb, q) or verb.lower_ == "according" or subj.ent_type_ in {"PERSON", "ORG", "NORP"}
                    or subj.lemma_.lower() in ctx.lex.role_nouns or subj.lemma_.lower() in ctx.lex.group_nouns):
                # an unnamed speaker ("a senior official"): keep the phrase as the actor
                # (one who speaks, or a person by its noun: 'The situation here is "..."' credits no one)
                np = [t for t in subj.subtree if t is subj or t.dep_ not in {"punct", "relcl", "acl", "appos"}
                      and not (t.i > subj.i and t.dep_ == "prep")]
                np = [t for t in np if t.i <= subj.i or t.head.i <= subj.i]
                s0 = min(t.idx for t in np)
                s1 = max(t.idx + len(t.text) for t in np if t.i <= subj.i + 4)
                if member is not None:
                    s1 = member.idx + len(member.text)  # 'one of the advisers', not 'one'
                label = ctx.document.text[s0:s1]
                if subj.lemma_.lower() in ctx.lex.documents:
                    m = ctx.resolver.report_author(subj)  # '"...," the report says': its author, or no one
                    if m is None:
                        continue
                elif media_source(ctx, label, np if verb.lower_ == "according" else []):
                    continue
                elif (owned := ctx.resolver.owned(subj) or ctx.resolver.named_before(subj)) is not None:
                    m = owned  # '"...," his office said', 'according to the group': whose they are
                else:
                    # the label without its article, so "the foreign ministry" and "a foreign ministry" are one actor
                    label = re.sub(r"^(?:the|a|an)\s+", "", label.strip(), flags=re.IGNORECASE)
                    m = Mention(Actor(label=label, kind=phrase_kind(ctx.lex, subj)), ctx.span(s0, s1), "phrase")
            if m is not None and m.actor.kind == "media":
                continue
            if m is not None:
                speaker = longer_name(ctx.resolver, subj, m)  # "said the Campaign to Protect Rural England"
                break
        if speaker is None:
            speaker = colon_intro(ctx, sents[0].doc, q)
        inherited = False
        asked = speaker is None and bool(cands) and learned_attribution()
        if asked:
            # the quotation's own sentences have a cue whose speaker the rules could not name
            # ('Clinton, exasperated, famously responded: "..."', parsed with no subject): the
            # trained model's speaker before the previous quotation's (with the repairs of speaker_of,
            # PolNeAR train 2,644 -> 2,660 of 3,040; before it on every quotation, news dev lost six
            # quotes of continued quotations)
            speaker = learned_speaker(ctx, sents[0].doc, q)
        if speaker is None and prev is not None and not other_voice(
                ctx, [s for _, v in cands if v.lower_ != "according" and (s := speaker_of(v, q)) is not None], prev[1]):
            pq, pm = prev
            gap = ctx.document.text[ctx.quotes[pq].outer_end:q.outer_start]
            if len(gap) < 400 and gap.count("\n\n") <= 1 and not cue_of_its_own(gap, asked):
                speaker = spoke_between(ctx, sents, ctx.quotes[pq].outer_end, q.outer_start, pm) or pm
                inherited = speaker is pm  # credited where the last quotation was: its sentences are its own
        if speaker is None and not asked and learned_attribution():
            speaker = learned_speaker(ctx, sents[0].doc, q)  # the PolNeAR-trained model names one
            if speaker is not None and reports_own(ctx, sents[0].doc, speaker, q) and (
                    before := reported_before(ctx, sents, q)) is not None:
                speaker, inherited = before, True  # not one who reports words of his own after it
        if speaker is not None:
            ctx.quote_speaker[qi] = speaker
            ctx.prev_quote = (qi, speaker)
            lo = min(q.outer_start, speaker.span.start)
            hi = max(q.outer_end, speaker.span.end)
            a2 = max(bisect.bisect_right(starts, lo) - 1, 0)
            b2 = max(bisect.bisect_right(starts, max(hi - 1, lo)) - 1, 0)
            if b2 - a2 > 3 or inherited:
                a2, b2 = a, b
            # trimmed as a sentence's span is, so a statement on the quotation and one on its
            # sentence are the same sentence (no duplicate for a trailing blank line)
            ctx.quote_span[qi] = ctx.span(*trim(ctx.document.text, sents[a2].start_char, sents[b2].end_char))


def spoke_between(ctx: Context, sents: list[SpacySpan], lo: int, hi: int, prev: Mention) -> Mention | None:
    """'Mark Oaten said: "...". Mr Hayman acknowledged that binge drinking did cause
    problems. "If you come to Norwich ..."': a quotation with no verb of its own after
    another person is reported speaking is that person's, not the previous quotation's."""
    for s in reversed([s for s in sents if lo <= s.start_char and s.end_char <= hi]):
        for tok in s:
            if not speech_verb(ctx.lex, tok) or tok.dep_ not in {"ROOT", "conj"}:
                continue
            subj = subject_of(tok)
            with left_as_it_was(ctx.resolver):  # sentences read already: the resolver remembers nothing twice
                m = ctx.resolver.resolve(subj) if subj is not None and subj.dep_ == "nsubj" else None
            if m is not None and m.how != "pronoun" and m.actor.kind == "person" and m.actor != prev.actor:
                return Mention(m.actor, m.span, m.how)
    return None


def prev_speaker_for(ctx: Context, prev, subj: Token, q: Quote) -> Mention | None:
    """'He added: "..."' after a quotation of a man: the previous speaker, where
    no other person is the subject of a sentence between the two quotations."""
    pq, pm = prev
    if subj.lower_ not in {"he", "she"} or pm.actor.kind != "person":
        return None
    if ctx.resolver.gender_of(pm.actor.label) not in {None, "m" if subj.lower_ == "he" else "f"}:
        return None
    lo, hi = ctx.quotes[pq].outer_end, subj.idx
    if hi - lo > 600 or hi < lo:
        return None
    # a person named inside a quotation ('"... because Mr. Trump's got attention," he continued') is
    # what was said, not a new speaker
    others = [m for m in ctx.resolver.history if lo <= m.span.start < hi and m.actor.kind == "person"
              and m.actor != pm.actor and m.span.start in ctx.resolver.subject_at
              and not ctx.resolver.in_quote(m.span.start)]
    if others:
        return None
    return Mention(pm.actor, ctx.span(subj.idx, subj.idx + len(subj.text)), "pronoun")


def quote_groups(ctx: Context) -> dict[int, Span]:
    """Consecutive quotes of one speaker within a paragraph, as one span from the
    first quote's start to the last one's end (how attribution corpora mark
    "A," she said. "B."): quote index of the first -> merged span."""
    text = ctx.document.text
    out: dict[int, Span] = {}
    idx = sorted(ctx.quote_speaker)
    i = 0
    while i < len(idx):
        j = i
        while j + 1 < len(idx) and idx[j + 1] == idx[j] + 1:
            a, b = ctx.quotes[idx[j]], ctx.quotes[idx[j + 1]]
            gap = text[a.outer_end:b.outer_start]
            first = ctx.quote_speaker[idx[i]]
            # '"A," said X, who ... . "B."': the attribution between the two quotes names the first's speaker
            between = a.outer_end <= first.span.start < b.outer_start
            if "\n" in gap or len(gap) > (300 if between else 40):
                break  # '"A," he said, "B."' is one quotation; fragments quoted apart are not
            if ctx.quote_speaker[idx[j + 1]].actor != first.actor:
                own = ctx.quote_speaker[idx[j + 1]].span
                if not between or first.span.end <= own.start < b.outer_start or credited_after(text, b, own):
                    break  # '..., announced by X. She said: "B."', '"B," he told': B has an attribution of its own
                ctx.quote_speaker[idx[j + 1]] = first
            j += 1
        if j > i:
            first, last = ctx.quotes[idx[i]], ctx.quotes[idx[j]]
            out[idx[i]] = ctx.span(first.content.start, last.content.end)
        i = j + 1
    return out


def credited_after(text: str, q: Quote, own: Span) -> bool:
    """'"A," he said. Y said ... . "B," Mr Y said.': B's own credit follows it in its sentence, so B is
    no continuation of A across the sentence between (BBC probe: Yeo's quote went to Clarke). A new
    paragraph's subject is no credit of the quotation before the break (PolNeAR dev: 2 quotes lost)."""
    return q.outer_end <= own.start and not re.search(r"[.!?]\s|\n", text[q.outer_end:own.start])


def governing_verb(sents: list[SpacySpan], starts: list[int], q: Quote) -> Token | None:
    """The verb outside a quote that the quote's words hang from."""
    i = max(bisect.bisect_right(starts, q.content.start) - 1, 0)
    sent = sents[i]
    inside = [t for t in sent if q.content.start <= t.idx < q.content.end]
    for t in inside:
        h = t.head
        while h != h.head and q.content.start <= h.idx < q.content.end:
            h = h.head
        # 'extended an invitation for "direct talks"': up through the phrase to its verb
        for _ in range(4):
            if h.pos_ in {"VERB", "AUX"} or h == h.head or h.dep_ not in NOMINAL_LINKS:
                break
            h = h.head
        if not (q.outer_start <= h.idx < q.outer_end) and h.pos_ in {"VERB", "AUX"}:
            return h
    return None


# the links a quoted phrase may climb to reach the verb it hangs from
NOMINAL_LINKS = {"prep", "pobj", "dobj", "attr", "compound", "amod", "appos", "nmod", "conj", "cc"}


# ---- document ---------------------------------------------------------------

def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the blank, or blanked, characters around it."""
    while start < end and (text[start].isspace() or text[start] in BULLETS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in BULLETS):
        end -= 1
    return start, end


def phrase_kind(lex, head) -> str:
    """What an unnamed speaker is, by its head noun: "Gowdy's office" an
    organisation (so "he said" afterwards is not the office), "sources" a
    group, "a senior aide" a person."""
    lemma = head.lemma_.lower()
    if lemma in lex.institution_nouns or head.ent_type_ == "ORG":
        return "organisation"
    if head.tag_ in {"NNS", "NNPS"}:
        return "group"
    return "person"
