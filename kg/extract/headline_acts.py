"""A headline's act whose verb the parser read as a plural noun.

Headlinese ("Police chief backs drinking move", "Falconer rebuts 'charade'
claims", "Biden, stumping for Clinton, trashes Trump") leaves the small model
without a verb: the -s form of a cue verb is tagged NNS and the parse around
it is noise. The words still say who does what to what: a name before the
word (or the words for a person or group opening the headline), the phrase
after it. A mixin of ``kg.extract.statements.SentenceExtractor``; it reads
only a document's first sentence and Title Case lines of its body."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import TITLES
from kg.extract.context import Draft
from kg.extract.headline_reactions import first_object, reaction
from kg.extract.headline_steps import launched, step_relation, takes_pact
from kg.extract.headlines import is_title_case
from kg.extract.mentions import Mention
from kg.extract.phrases import label_of
from kg.extract.target_candidates import phrase_topic
from kg.extract.targets import find_topic
from kg.extract.verdict_heads import bench, sentenced, verdict_verb, voted_act
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Topic

# words that end the phrase a headline's act is about ("backs drinking move after protest")
# a preposition after a phrasal cue that the target follows ("fires back at critics", "hits out against")
OBJECT_PREPOSITIONS = {"at", "against"}
PHRASE_ENDS = {"after", "as", "amid", "over", "in", "on", "at", "with", "while", "despite", "before", "but", "and",
               "ahead", "following", "says", "said"}
# what one is thanked or blamed for follows the one praised or accused ("thanks Biden for truce role")
REASON_PREPOSITIONS = {"for", "of"}
LONGEST_HEADLINE = 30  # tokens: past this the first sentence is body text
# a finite verb the parser took for a word of a noun phrase ("Germany's Merkel defends refugee policy":
# "defends" an adjective of "policy"), as it takes the -s form for a plural noun
NOMINAL_DEPS = {"amod", "compound", "nmod", "nsubj", "dobj", "pobj", "appos", "npadvmod", "dep"}
# words opening a headline's second clause ("Blair backs Brown as minister rejects pay offer"), whose act is its own
CLAUSE_OPENERS = {"as", "while"}
# a cue verb whose bare form the tagger reads as a particle, adverb or imperative after a plural subject ("MSPs back pub
# smoking ban", "Peers back hunting ban": "back" a particle of "MSPs", or an imperative), as it reads the -s form as a noun
PARTICLE_VERBS = {"back"}


def spliced_clause(span) -> int | None:
    """Where a headline's second clause opens: after its last comma, when only a name stands between
    that comma and the verb ("U.N. approves ... for South Sudan, Juba rejects plan"; an aside,
    "Pelosi, stumping for Biden, trashes Trump", ends in a comma right before the verb)."""
    commas = [t.i for t in span if t.text == ","]
    if not commas or commas[-1] + 1 >= span.end:
        return None
    run = span.doc[commas[-1] + 1:span.end]
    return run.start if all(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ == "NOUN") for t in run) else None


def opening_name(tok: Token) -> bool:
    """A capitalised word opening the headline that the tagger read as a verb ("Trump sides
    with ...": "trump"): the resolver still decides whether it names someone."""
    return tok.i == tok.sent.start and tok.pos_ == "VERB" and tok.text[:1].isupper() and tok.is_alpha


def swapped_plural(tok: Token, first: int) -> bool:
    """"rejects calls to resign", "Lee rejects offer": the noun right after a headline's -s verb, which the
    tagger read as the verb when it read the verb as a plural noun (general headline English); a bare form
    so read only where it ends the headline."""
    return tok.i == first and (tok.tag_ == "VBZ" and tok.lower_.endswith("s")
                               or tok.tag_ == "VBP" and all(t.is_punct or t.is_space for t in tok.doc[tok.i + 1:tok.sent.end]))


def particle_verb(tok: Token) -> bool:
    """"MSPs back pub smoking ban": a headline's verb after a plural subject, tagged a particle or adverb
    (written BBC-style headlines; general headline English for a plural actor). Dev 0.3339, train 0.5177, seeds
    0.6575 all unchanged (no such headline there); written probe 0.5096 -> 0.5190."""
    return (tok.lower_ in PARTICLE_VERBS and tok.tag_ in {"RP", "RB", "IN", "VB"} and tok.i > tok.sent.start
            and plural_subject(tok) and tok.i + 1 < tok.sent.end and not tok.nbor(1).is_punct)


def plural_subject(tok: Token) -> bool:
    """Words right before a headline's verb that take its bare form: a plural noun ("Peers back", "MPs attack"), or
    two names joined by "and" ("UK and US strike trade deal", "Tshisekedi and Kagame back peace deal")."""
    before = tok.nbor(-1)
    if not opens_clause(tok):
        return False  # "Xi offers Latin America 66 billion yuan credit line": "yuan" a word of the object
    if before.tag_ in {"NNS", "NNPS"} or (len(before.text) > 2 and before.text[-1] == "s" and before.text[:-1].isupper()):
        return True
    return tok.i - 3 >= tok.sent.start and tok.nbor(-2).lower_ == "and" and before.text[:1].isupper() \
        and tok.nbor(-3).text[:1].isupper() and before.pos_ in {"PROPN", "ADJ"} and tok.nbor(-3).pos_ in {"PROPN", "ADJ"}


def opens_clause(tok: Token) -> bool:
    """The words before the verb are a subject that opens the headline or its clause (after "as", a comma or a
    semicolon): nouns, names, adjectives, numbers and "and" only."""
    i = tok.i - 1
    while i >= tok.sent.start and (tok.doc[i].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or tok.doc[i].lower_ == "and"):
        i -= 1
    return i < tok.sent.start or tok.doc[i].lower_ in CLAUSE_OPENERS or tok.doc[i].text in {",", ";", ":"}


def bare_verb(lex: Lexicon, tok: Token) -> bool:
    """A cue verb's bare form after a plural subject that the tagger read as a word of the noun phrase after it
    ("UK and US strike trade deal", "MPs attack Post Office closures", "Lee and Trump clinch tariff deal": the
    parse made one noun phrase of the headline), or as a particle (``particle_verb``)."""
    if particle_verb(tok):
        return True
    return tok.tag_ == "NN" and tok.dep_ in {"compound", "nmod", "amod"} and tok.head.i > tok.i > tok.sent.start \
        and (tok.lower_ in lex.verbs or step_relation(lex, tok.lower_) is not None) and plural_subject(tok)


def hyphened_name_end(tok: Token) -> bool:
    """The lower-case last part of a hyphened name the tagger read as an adjective ("Lee Jae-myung
    pledges ...", "Kim Moon-soo vows ..."): a name's end, though not a proper noun."""
    return tok.ent_type_ in {"PERSON", "ORG"} and tok.i > 1 and tok.nbor(-1).text == "-" \
        and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_


def name_word(tok: Token) -> bool:
    """A word of a name, though the tagger read a verb ("thanks Trump": "trump")."""
    return tok.pos_ == "PROPN" or (tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and tok.text[:1].isupper())


def passive_headline(lex: Lexicon, tok: Token, text: str) -> bool:
    """A headline's past-tense cue verb with a subject, no object and a preposition of grounds
    ("Labour attacked on Howard poster", "Minister slammed for school closures") is a passive whose
    "was" the headline dropped: the subject is who was attacked, and no actor is named (an active
    headline speaks in the present: "Tories attack Labour on tax"). A line that ends in a full stop
    is a sentence, and a verb that takes the preposition ("called for", "pushed back on") is active."""
    if tok.tag_ not in {"VBD", "VBN"} or tok.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "agent", "dative", "attr", "prt", "aux", "auxpass", "advmod"}
           for c in tok.children) or text[tok.sent.start_char:tok.sent.end_char].rstrip()[-1:] in {".", "!", "?"}:
        return False
    lemma = tok.lemma_.lower()
    return any(c.dep_ == "prep" and c.lower_ in {"on", "over", "for"} and f"{lemma} {c.lower_}" not in lex.phrasal
               for c in tok.children)


class HeadlineRules:
    """Mixed into ``SentenceExtractor``."""

    def heading(self) -> bool:
        """The sentence is a headline: the document's first, or a whole Title Case line of the body
        (a digest's list of other stories: "Hillary Clinton Sides With George W. Bush On 'Radical
        Islam.'", whose quotation marks leave "sides" a plural noun as in a first line)."""
        sent = self.sent
        if sent.start == 0:
            return True
        text, a = self.ctx.document.text, sent.start_char
        if a > 0 and text[a - 1] != "\n":
            return False
        end = text.find("\n", a)
        line = text[a:end if end >= 0 else len(text)]
        return sent.end_char >= a + len(line.rstrip()) and is_title_case(line)

    def headline_verb(self, tok: Token) -> None:
        """'Biden ... trashes Trump': a cue verb's -s form tagged as a plural noun in
        the headline, a name before it, the phrase after it as the target."""
        sent = self.sent
        if not self.heading() or len(sent) > LONGEST_HEADLINE or tok.i == sent.start:
            return
        if (reacted := reaction(self.lex, tok)) is not None:
            self.reaction(tok, *reacted)  # "..., opposition cries foul": ``headline_reactions``
            return
        if verdict_verb(self.lex, tok):
            self.verdict(tok)  # "Brazil's top court sentences Bolsonaro to 27 years": ``verdict_heads``
            return
        if tok.lemma_.lower() in self.lex.headline_acts.get("yields", ()) and tok.tag_ in {"VBZ", "VBP"} \
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "aux", "neg"} and c.i > tok.i or c.dep_ in {"aux", "neg"}
                            for c in tok.children):  # (a first clause hung on it stays: "A wins, B concedes")
            self.concession(tok)  # "..., Fujimori concedes": accepts defeat
            return
        if (act := voted_act(self.lex, tok)) is not None:
            self.vote(tok, act)  # "Lawmakers vote to impeach President Park"
            return
        if not (tok.tag_ == "NNS" or bare_verb(self.lex, tok) or (tok.tag_ in {"VBZ", "VBP"} and tok.dep_ in NOMINAL_DEPS)
                or launched(self.lex, tok)):
            return
        lemma = tok.lemma_.lower()
        nxt = tok.nbor(1) if tok.i + 1 < sent.end else None
        if nxt is not None and f"{lemma} {nxt.lower_}" in self.lex.phrasal:
            rel, first = self.lex.phrasal[f"{lemma} {nxt.lower_}"], nxt.i + 1  # "calls for"
        elif lemma in self.lex.verbs:
            rel, first = self.lex.verbs[lemma], tok.i + 1
        elif (rel := step_relation(self.lex, lemma)) is not None:
            first = tok.i + 1  # "Babis seals coalition with far right": a step taken (``headline_steps``)
        else:
            return
        if first < sent.end and first > tok.i + 1 and sent.doc[first].lower_ in OBJECT_PREPOSITIONS:
            first += 1  # "fires back at critics"
        before = tok.nbor(-1)
        if not (before.pos_ in {"PROPN", "NOUN", "PUNCT"} or opening_name(before) or hyphened_name_end(before)) \
                or before.dep_ == "det" or before.tag_ == "POS":
            return  # "the calls", "new calls", "Trump's calls": a noun after all
        if any(d.cue is not None and d.cue.i == tok.i for d in self.drafts):
            return  # the parse made sense of it
        actor = self.headline_actor(tok)
        if actor is None:
            return
        words = []
        ends = PHRASE_ENDS | (REASON_PREPOSITIONS if rel in {"praises", "accuses"} else set())
        for t in sent.doc[first:sent.end]:
            if t.lower_ in ends or (t.is_punct and not t.is_quote and t.text not in {"-", "'", "’"}):
                break
            if not t.is_quote:
                words.append(t)
        if not words or not any(t.pos_ in {"NOUN", "PROPN"} or name_word(t) or swapped_plural(t, first) for t in words):
            return
        head = next((words[k - 1] for k, t in enumerate(words) if k and t.lower_ in {"to", "for"}), words[-1])
        if not takes_pact(self.lex, lemma, head):
            return  # "strikes a blow": no pact; "seal deal to send back migrants": the deal
        named = [self.ctx.resolver.resolve(t) for t in words if name_word(t)]
        if len(words) <= 3 and named and named[0] is not None and all(name_word(t) for t in words):
            target = named[0].actor  # "trashes Trump"
        else:
            label = label_of(words)
            target = phrase_topic(label, find_topic(self.lex, words), words[-1]) or Topic(label=label)
        if isinstance(target, Actor) and target == actor.actor:
            return
        self.add(Draft(actor, rel, target, (), cue=tok, confidence=0.6))

    def verdict(self, tok: Token) -> None:
        """"Bangladesh court sentences ousted leader Hasina to death": the court accuses the one it sentences,
        the last name the resolver knows before what the sentence is."""
        court = bench(self.lex, self.sent, tok)
        if court is None or any(d.cue is not None and d.cue.i == tok.i for d in self.drafts):
            return
        named = [m for t in sentenced(self.sent, tok) if name_word(t) and (m := self.ctx.resolver.resolve(t)) is not None
                 and m.how in {"name", "alias"}]
        if not named:
            return
        a, b = court.start_char, court.end_char
        label = self.ctx.document.text[a:b]
        actor = Mention(Actor(label=label[:1].upper() + label[1:], kind="organisation"), self.ctx.span(a, b), "description")
        self.add(Draft(actor, "accuses", named[-1].actor, (), cue=tok, confidence=0.6))

    def concession(self, tok: Token) -> None:
        """"Chakwera concedes as Mutharika sweeps back to power": the one who concedes accepts defeat, named
        before the verb as ``headline_actor`` finds it."""
        actor = self.headline_actor(tok)
        if actor is not None and not any(d.cue is not None and d.cue.i == tok.i for d in self.drafts):
            self.add(Draft(actor, "accepts", Topic(label="defeat"), (), cue=tok, confidence=0.6))

    def vote(self, tok: Token, act: Token) -> None:
        """"South Korean lawmakers vote to impeach President Park": the body supports the act's noun of the one
        named after it ("impeachment of Park Geun-hye"), as a vote is coded; the body as ``headline_actor`` finds it."""
        actor = self.headline_actor(tok)
        words = sentenced(self.sent, act)
        named = [m for t in words if name_word(t) and (m := self.ctx.resolver.resolve(t)) is not None
                 and m.how in {"name", "alias"}]
        if actor is None or not named or named[-1].actor == actor.actor:
            return
        noun = self.lex.nominalisations.get(act.lemma_.lower()) or self.lex.nominalisations[act.lower_]
        self.add(Draft(actor, "supports", Topic(label=f"{noun} of {named[-1].actor.label}"), (), cue=tok, confidence=0.6))

    def reaction(self, tok: Token, rel: str, mark: Token) -> None:
        """"Thai voters approve junta-backed constitution, opposition cries foul": the second clause's actor
        takes its stance on the target of the first clause's act, as a rule read it, or on its verb's object."""
        actor = self.headline_actor(tok, mark.i + 1) or self.ctx.resolver.resolve(tok.nbor(-1))
        if actor is None or any(d.cue is not None and d.cue.i == tok.i for d in self.drafts):
            return
        if actor.span.start <= mark.idx:  # a name the tagger ran over the mark ("Operation Sindoor, Government")
            a, b = mark.nbor(1).idx, tok.nbor(-1).idx + len(tok.nbor(-1).text)
            actor = Mention(Actor(label=self.ctx.document.text[a:b], kind="organisation"), self.ctx.span(a, b), "description")
        target = next((d.target for d in self.drafts if d.cue is not None and d.cue.i < mark.i and d.target is not None
                       and d.actor.actor != actor.actor), None)
        if target is None and (words := first_object(mark)):
            label = label_of(words)
            target = phrase_topic(label, find_topic(self.lex, words), words[-1]) or Topic(label=label)
        if target is not None and target != actor.actor:
            self.add(Draft(actor, rel, target, (), cue=tok, confidence=0.6))

    def headline_actor(self, tok: Token, first: int | None = None) -> Mention | None:
        """The first name before the verb that the resolver knows ("Biden, stumping for
        Clinton," is Biden's): a headline names its actor first; else the words for a
        person or group right before the verb ("Police chief backs ..."), as coders
        name a headline's actor whom only the body names. After "as" the clause is
        another's: its actor is looked for there ("Blair backs Brown as minister
        rejects ..." is the minister's rejection, not Blair's); a name inside a participle's
        aside is none ("Pelosi, stumping for Biden, trashes Trump"). ``first`` opens the clause where the
        caller knows it (a reaction's, ``headline_reactions``)."""
        if first is None:
            first = self.sent.start
            for t in self.sent.doc[self.sent.start:tok.i]:
                if t.lower_ in CLAUSE_OPENERS:
                    first = t.i + 1
            if (splice := spliced_clause(self.sent.doc[first:tok.i])) is not None:
                first = splice  # "U.N. approves ... for South Sudan, Juba rejects plan": Juba's rejection
        for t in self.sent.doc[first:tok.i]:
            if any(a.tag_ in {"VBG", "VBN"} and a.i < tok.i for a in t.ancestors):
                continue  # an aside's name ("Pelosi, stumping for Biden, trashes ..."): not the actor
            if t.i + 1 < tok.i and t.nbor(1).tag_ == "POS" and t.nbor(2).pos_ == "PROPN":
                continue  # an owner of the name after it ("Germany's Merkel"): Merkel acts
            if (t.pos_ in {"PROPN", "NOUN"} or opening_name(t)) and (t.ent_type_ or t.pos_ == "PROPN" or t.text[:1].isupper()):
                m = self.ctx.resolver.resolve(t)
                if m is not None and m.how in {"name", "alias", "group"}:  # "Lee and Trump clinch ..."
                    return m
        run: list[Token] = []
        for t in reversed(list(self.sent.doc[first:tok.i])):
            if t.pos_ not in {"NOUN", "PROPN", "ADJ"} or t.is_punct:
                break
            run.insert(0, t)
        if not run or run[0].i != first:
            return None  # the phrase opens the headline or its clause
        lex = self.lex
        if (named := self.titled_name(run)) is not None:
            return named
        lemma = fold(run[-1].lemma_)
        if lemma in lex.role_nouns or lemma in lex.person_nouns:
            kind = "person"
        elif lemma in lex.group_nouns or fold(run[-1].text) in lex.group_nouns:
            kind = "group"
        else:
            return None
        a, b = run[0].idx, run[-1].idx + len(run[-1].text)
        label = self.ctx.document.text[a:b]
        return Mention(Actor(label=label[:1].upper() + label[1:], kind=kind), self.ctx.span(a, b), "description")

    def titled_name(self, run: list[Token]) -> Mention | None:
        """"PM Rahmonov thanks ...": a title ("PM", "President") before capitalised words the tagger
        did not know: a person, named by the words after the title."""
        titles = {w for syns in self.lex.role_synonyms.values() for w in syns} | self.lex.role_nouns | TITLES
        k = max((i for i, t in enumerate(run) if fold(t.text.rstrip(".")) in titles), default=None)
        name = run[k + 1:] if k is not None else []
        if not name or not all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in {"", "PERSON"} for t in name):
            return None
        a, b = name[0].idx, name[-1].idx + len(name[-1].text)
        return Mention(Actor(label=self.ctx.document.text[a:b], kind="person"), self.ctx.span(a, b), "description")
