"""Noun phrases → targets: a topic of the vocabulary, an actor, or a
normalised phrase (head and its arguments, no determiners, qualifiers apart).

"an immediate 30-day cease-fire" → Topic("ceasefire"), qualifiers
("immediate", "30-day"); "Ukraine's aspirations to join NATO" → the NATO
membership topic; "North Korean troops" → an actor where the phrase is about one.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.issue_heads import issue_head
from kg.extract.phrases import alleged_act, binomial_rest, changed_in, hyphened_rest, joined_by_hyphen, numbered, spaced
from kg.lexicon import Lexicon, fold
from kg.records import Topic

QUALIFIERS = {"immediate", "unconditional", "full", "lasting", "new", "quick", "further", "additional",
              "possible", "potential", "serious", "comprehensive", "permanent", "temporary", "long-term",
              "short-term", "complete", "total", "partial", "proposed", "massive", "significant",
              "increased", "tougher", "more", "any", "such", "earlier", "previous", "prior", "real",
              "sustainable", "durable", "genuine", "broad", "general", "fresh", "strong", "quick", "extended",
              "longer", "unilateral", "initial", "final", "direct", "immediately", "nationwide"}
# degree words that stay in a phrase's label: "tougher sentences", "more rights" name other issues
# than "sentences", "rights" (the train coders wrote them); "a total ban" is not "a partial ban"
KEPT_QUALIFIERS = {"tougher", "more", "increased", "higher", "lower", "stronger", "greater", "proposed",
                   "total", "complete", "partial"}
DEMONSTRATIVES = {"this", "these", "those"}  # (not "that": "backed that view" keeps its view)
SKIP_HEADS = {"it", "this", "that", "so", "which", "what", "one", "something", "anything", "thing",
              "possibility", "way", "step", "time", "day", "week", "month", "year", "idea", "issue",
              "matter", "question", "fact", "point", "part", "kind", "sort", "lot", "number", "here", "there", "now",
              "today", "tomorrow", "yesterday", "occasion", "people", "anyone", "everyone", "someone", "those", "others"}


def _words(tokens: list[Token]) -> list[str]:
    return [fold(t.text) for t in tokens if fold(t.text)]


NOMINAL = {"NOUN", "PROPN", "NUM", "X"}


def find_topic(lex: Lexicon, tokens: list[Token]) -> tuple[Topic, list[Token]] | None:
    """The longest vocabulary alias inside ``tokens`` (by text or lemma); the
    noun of a complex preposition ("in response to") is not one."""
    tokens = [t for t in tokens if t.dep_ != "det" and not t.is_punct and not in_complex_preposition(lex, t)]
    forms = [fold(t.text) for t in tokens]
    lemmas = [fold(t.lemma_) for t in tokens]
    # an alias ends in a noun: "offensive to many people" is no military offensive (read once per word, and
    # no window's keys joined that ends elsewhere: the windows had cost a fifth of the target candidates)
    nominal = [t.pos_ in NOMINAL for t in tokens]
    best: tuple[int, int, Topic] | None = None
    for n in range(min(lex.max_topic_words, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if not nominal[i + n - 1]:
                continue
            for seq in (forms[i:i + n], lemmas[i:i + n]):
                key = " ".join(w for w in seq if w)
                if key and key in lex.topic_index:
                    best = (i, n, lex.topic_named(key))
                    break
            if best:
                break
        if best:
            break
    if best is None:
        return None
    i, n, topic = best
    return topic, tokens[i:i + n]


def in_complex_preposition(lex: Lexicon, tok: Token) -> bool:
    """``tok`` is the noun of "in response to", "on behalf of"... (data: topics.toml)."""
    if tok.dep_ != "pobj" or not lex.complex_prepositions:
        return False
    return any((fold(tok.head.text), fold(tok.text), fold(c.text)) in lex.complex_prepositions
               for c in tok.children if c.dep_ == "prep")


WHEN = {"DATE", "TIME"}
# the prepositions whose phrase completes a noun's ("a trial by jury"); "in", "over", "against" phrases name
# where or whom more than what ("the coup attempt [in Bolivia]", "strike action [over the pay offer]"), "with",
# "about", "from", "between" ones are more often the verb's or too long a label (train -4)
COMPLEMENT_PREPS = {"of", "for", "to", "on", "by"}


def time_phrase(prep: Token) -> bool:
    """A phrase saying only when ("the new agreement [on Monday night]", "release of the prisoners [by
    Friday]"): no part of what the noun names. (Where is, at times: "an end to the war [in Gaza]".)"""
    return any(p.dep_ == "pobj" and p.ent_type_ in WHEN for p in prep.children)


def phrase_tokens(head: Token) -> list[Token]:
    """Head with its compounds, modifiers and one "of"/"for"/"to" complement."""
    keep = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod", "nummod", "poss", "npadvmod", "quantmod"}]
    toks: list[Token] = []
    for k in keep:
        # a coordination of modifiers keeps its "and" ("paper and electronic archives")
        toks.extend(t for t in k.subtree if t.dep_ not in {"det", "punct", "case", "cc"} or joined_by_hyphen(t)
                    or (t.dep_ == "cc" and t.i < head.i and any(c.dep_ == "conj" and c.i > t.i for c in t.head.children)))
    rest = hyphened_rest(head) or binomial_rest(head)  # ("law and order": a fixed pair whole)
    toks += [head, *rest, *numbered(head)]  # "Article 5" (probe30c)
    rights = list((rest[-1] if rest else head).rights)  # "re-election of a Labour government"
    if head.dep_ == "dobj" and head.pos_ == "NOUN" and not any(c.dep_ == "prep" for c in rights):
        # "defended its focus on immigration": the parser hangs the noun's complement on the verb
        rights += [c for c in head.head.children if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "on"
                   and not any(p.ent_type_ in WHEN for p in c.children)]
    for child in rights:
        if child.dep_ == "prep" and (child.lower_ in COMPLEMENT_PREPS or changed_in(head, child)) and not alleged_act(child) and not time_phrase(child):
            for p in child.children:
                # "warned of the risk of isolating itself internationally": a gerund's phrase as a noun's;
                # an object's is more often its verb's ("accuse the Remain camp of exploiting the murder")
                if p.dep_ == "pobj" or (p.dep_ == "pcomp" and p.tag_ == "VBG" and child.lower_ == "of"
                                        and head.dep_ != "dobj"):
                    toks.append(child)
                    as_phrase = {x.i for c in p.children if c.dep_ == "prep" and c.lower_ == "as" for x in c.subtree}
                    # a coordinated complement stays ("the influence of drugs and alcohol"); a clause or apposition
                    # on the noun goes whole ("a story about his claim [that he'd been offered]")
                    both = {t.i for t in p.children if t.dep_ == "conj" and t.pos_ == "NOUN"}
                    both |= {t.i for t in p.children if t.dep_ == "cc" and both}
                    clauses = {x.i for t in p.subtree if t.i != p.i and (t.dep_ in {"relcl", "acl", "appos", "conj"} or (
                        t.dep_ == "prep" and time_phrase(t))) and t.i not in both for x in t.subtree}
                    toks.extend(t for t in p.subtree if (t.dep_ not in {"det", "punct", "relcl", "acl", "cc", "conj", "appos"}
                                                         or t.i in both or (t.dep_ == "punct" and joined_by_hyphen(t)))
                                and not (t.dep_ == "prep" and t.head != p) and t.i not in as_phrase | clauses)
            break
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and child.tag_ in {"TO", "VB"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            # "a bill to ban zombie knives [on Tuesday]": when is no part of what
            dated = {x.i for t in child.subtree if t.ent_type_ in WHEN or (t.dep_ == "prep" and any(
                p.dep_ == "pobj" and p.ent_type_ in WHEN for p in t.children)) for x in t.subtree}
            # "supported efforts to restore security but objected to the text": no infinitive has a finite
            # conjunct, the parser joined the speaker's next act to it (written probe)
            dated |= {x.i for c in child.children if c.dep_ == "conj" and c.tag_ in {"VBD", "VBZ", "VBP"} for x in c.subtree}
            dated |= {c.i for c in child.children if c.dep_ == "cc" and any(
                d.dep_ == "conj" and d.tag_ in {"VBD", "VBZ", "VBP"} for d in child.children)}
            toks.extend(t for t in child.subtree if t.i not in dated)
            break
    seen, out = set(), []
    for t in sorted(toks, key=lambda t: t.i):
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def unpointed(label: str) -> str:
    """A label without the demonstrative ``normalise`` keeps on a bare noun, for a phrase built
    around it ("withdraw these regulations" demands the withdrawal of regulations)."""
    first, _, rest = label.partition(" ")
    return rest if rest and first in DEMONSTRATIVES else label


def reversal(lex: Lexicon, noun: str, what: str, surface: str = "") -> Topic:
    """The act that undoes an issue: "lifting of sanctions", or the topic that
    names it ("withdrawal of troops" -> troop withdrawal)."""
    what = unpointed(what)
    noun = lex.reversal_synonyms.get(noun, noun)
    forms = [f"{noun} of {what}", f"{noun} to {what}", f"{what} {noun}"]
    if surface:
        forms += [f"{noun} of {surface}", f"{noun} to {surface}", f"{surface} {noun}"]
    for form in forms:
        topic = lex.topic_named(fold(form))
        if topic:
            return topic
    return Topic(label=f"{noun} of {what}")


def with_modifiers(topic: Topic, mods: list[Token], used: list[Token]) -> Topic:
    """A vocabulary topic labelled as the article names it with its modifiers
    ("electoral reform", "U.S. sanctions"), of the same concept; the degree
    words of QUALIFIERS ("unconditional", "new") stay qualifiers alone."""
    if not mods:
        return topic
    toks = sorted({x for t in mods for x in t.subtree if not x.is_punct or x.text == "-"} | set(used),
                  key=lambda t: t.i)
    words = [t.text if t.ent_type_ else t.text.lower() for t in toks]
    label = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return topic if len(label.split()) > 8 else topic.named(label)


def with_generic_head(topic: Topic, used: list[Token], head: Token) -> Topic:
    """A vocabulary alias that only modifies a generic head keeps the head in its label: "speed up
    tariff talks" is about the talks, "rejected the ceasefire plan" the plan (of the same concept),
    where the label had been cut to "tariff", "ceasefire"."""
    alias = used[-1]
    if head in used or alias.head != head or alias.dep_ not in {"compound", "amod", "nmod"} or head.i != alias.i + 1:
        return topic
    word = head.text if head.ent_type_ else head.text.lower()
    label = f"{topic.label} {word}"
    return topic if len(label.split()) > 8 else topic.named(label)


def owner_words(owner: Token) -> list[Token]:
    """An owner's name as it stands before the noun: its compounds and modifiers next to
    it ("Dr Fox", "the local party"), no pronoun ("his party") and no clause."""
    run = [owner]
    for t in reversed([t for t in owner.lefts]):
        if t.i != run[-1].i - 1 or t.dep_ not in {"compound", "amod", "nmod", "flat"} or t.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        run.append(t)
    return run


def misread_noun(tok: Token) -> bool:
    """A noun the tagger took for a verb, an object with its determiner ('dismissed the claims as
    "nonsense"'): its phrase names the target."""
    return tok.dep_ in {"dobj", "pobj", "nsubjpass"} and any(c.dep_ == "det" for c in tok.children) \
        and not any(c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children)


def normalise(lex: Lexicon, head: Token) -> tuple[Topic, tuple[str, ...]] | None:
    """A noun phrase headed by ``head`` → (topic, qualifiers), or None if empty."""
    if (head.pos_ == "VERB" or head.pos_ == "AUX") and not misread_noun(head):
        obj = next((c for c in head.children if c.dep_ in {"dobj", "attr", "nsubjpass"}), None)
        if obj is None:
            obj = next((p for prep in head.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        hit = normalise(lex, obj)
        if hit is None:
            return None
        return hit
    if fold(head.text) in MANNER and (done := manner_of(lex, head)) is not None:
        return done
    if pointing_back(head):
        return Topic(label=fold(head.text)), ()
    if fold(head.text) in SKIP_HEADS and not any(c.dep_ == "prep" for c in head.children):
        return None
    if head.pos_ == "PRON":
        return None
    toks = phrase_tokens(head)
    cut = len(toks) > 12
    if cut:
        toks = [t for t in toks if t.i >= head.i - 3 and t.i <= head.i + 6]
    found = find_topic(lex, toks)
    undo = next((w for w in (fold(head.text), fold(head.lemma_)) if w in lex.reversal_nouns), None)
    if found is not None and head not in found[1] and undo is not None:
        # "the lifting of sanctions", "sanctions relief", "curbs on tariffs" are not "sanctions", "tariffs"
        return reversal(lex, undo, found[0].label, " ".join(_words(found[1]))), ()
    kept_head = issue_head(lex, head, found[1]) if found is not None else None
    if kept_head is not None:
        found = None  # "restrictions on humanitarian aid": the phrase whole, of the head's concept
    if found is not None and head not in found[1] and fold(head.lemma_) not in lex.generic_heads \
            and fold(head.text) not in lex.generic_heads and head.i > found[1][-1].i:
        found = None  # the alias only modifies the head: "settlement expansion"
    if found is not None:
        topic, used = found
        mods = [t for t in toks if t.dep_ in {"amod", "nummod", "compound", "npadvmod"}
                and t not in used and t.head == used[-1] and fold(t.text)]
        named = with_modifiers(topic, [t for t in mods if fold(t.text) not in QUALIFIERS], used)
        return with_generic_head(named, used, head), tuple(fold(t.text) for t in mods)
    said = what_it_does(lex, head)
    toks = sorted({*toks, *said}, key=lambda t: t.i)
    words: list[str] = []
    spots: list[Token] = []  # the token each word is of
    quals = []
    left = 0  # how many of the words are the head and its left modifiers
    # an owner's words leave the phrase: a named owner's but its name ("Donald Trump's campaign"),
    # an owner not named whole ("the prime minister's stance" is no "prime stance")
    owned = {x.i for t in toks if t.dep_ == "poss" for x in t.subtree
             if x.i != t.i or not (t.head == head and t.pos_ == "PROPN" and lex.actor_for(t.text))}
    # an owner the gazetteer does not name stays whole: "the court's authority", "Dr Fox's view"
    kept_owner = {x.i for t in toks if t.dep_ == "poss" and t.head == head and t.pos_ in {"NOUN", "PROPN"}
                  and not (t.pos_ == "PROPN" and lex.actor_for(t.text)) for x in owner_words(t)}
    owned -= kept_owner
    for t in toks:
        # names and acronyms as written ("GDP", "NHS"), other words in lower case
        w = t.text if t.ent_type_ or (t.i in kept_owner and t.pos_ == "PROPN") or (t.text.isupper() and len(t.text) > 1) \
            else t.text.lower()
        hyphened = not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"  # "new-look": one word
        if t.dep_ in {"amod", "advmod"} and fold(t.text) in QUALIFIERS and t not in said and not hyphened:
            quals.append(fold(t.text))
            # "more assertive action": a degree word on the head's adjective stays with it too
            on_head = t.head == head or (t.head.dep_ == "amod" and t.head.head == head)
            if not on_head or fold(t.text) not in KEPT_QUALIFIERS:
                continue
        if t.tag_ == "POS" or (t.dep_ == "cc" and t.head.dep_ in {"amod", "advmod"} and fold(t.head.text) in QUALIFIERS
                               and fold(t.head.text) not in KEPT_QUALIFIERS):
            continue  # "quick and simple conclusions": the "and" goes with the qualifier it joined
        if t.dep_ == "poss":  # "Kyiv's withdrawal" -> "Ukraine's withdrawal"; "his" says nothing
            owner = lex.actor_for(t.text) if t.head == head and t.pos_ == "PROPN" else None
            if owner is not None:
                words.append(f"{owner.label}'s")
                spots.append(t)
                left += 1
            elif t.i in kept_owner:
                mark = next((c.text for c in t.children if c.tag_ == "POS"), "'s")
                words.append(f"{w}{mark}")
                spots.append(t)
                left += 1  # (an owner is left of its head: "the Trump administration's bid [to bar ...]")
            continue
        if t.i in owned:
            continue
        if t.is_punct and t.text not in {"-", "%"}:  # ("5% of GDP")
            continue
        words.append(w)
        spots.append(t)
        left += t.i <= head.i
    text = spaced(words, spots)
    if len(text.split()) > 8:  # "stronger international action [to halt the killing and bring ...]": the phrase to its head
        text = spaced(words[:left], spots[:left])
    elif cut:  # no word the window left dangling: "plan to provide free college tuition [and his 2005 vote ...]"
        k = len(words)
        while k > left and spots[k - 1].dep_ in {"cc", "prep", "aux", "det", "poss", "punct", "mark"}:
            k -= 1
        text = spaced(words[:k], spots[:k])
    if not text or len(text.split()) > 8:
        text = head.lemma_.lower() if not head.ent_type_ else head.text
    if fold(text) in SKIP_HEADS or not fold(text):
        return None
    pointer = next((c.lower_ for c in head.children if c.dep_ == "det" and c.lower_ in DEMONSTRATIVES), None)
    if pointer is not None and text == (head.text if head.ent_type_ else head.text.lower()):
        text = f"{pointer} {text}"  # "rejected these arguments": the words it is referred by, not a bare noun
    return (kept_head.named(text) if kept_head is not None else Topic(label=text)), tuple(quals)


MANNER = {"way", "manner"}


# nouns that only point back at a proposal named before: "condemned the idea", "welcomed the step"
POINTING_NOUNS = frozenset({"idea", "step"})
POINTERS = frozenset({"the", "this", "that"})


def pointing_back(head: Token) -> bool:
    """A bare "the idea", "that idea", "the step" as a stance's object, with no phrase or clause of its own
    ("the idea of a quota", "the idea that ..." name their issue; "had no idea", "a good idea to wait" name
    none): it stands for the proposal named before, which the coders also match by the noun itself."""
    return fold(head.text) in POINTING_NOUNS and head.dep_ in {"dobj", "nsubjpass"} and head.head.pos_ == "VERB" \
        and all(c.dep_ == "det" and c.lower_ in POINTERS for c in head.children if c.dep_ not in {"punct", "cc", "conj"}) \
        and any(c.dep_ == "det" for c in head.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for c in head.head.children)  # (the
    # parser may hang the content on the verb: "floated the idea on Sunday of raising the pension age")


def gerund(lemma: str) -> str:
    """"handle" -> "handling", "run" -> "running", "tie" -> "tying" (a regular verb's -ing form)."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
            and lemma[-3] not in "aeiou":
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def manner_of(lex: Lexicon, head: Token) -> tuple[Topic, tuple[str, ...]] | None:
    """"criticised the way the affair had been handled", "the way ministers handled the crisis":
    the target is the act the clause names done to its object, "handling of the affair"; the bare
    "way" (a SKIP_HEADS word) names nothing. probebbc3 0.6667 -> 0.7047 with the probe fixes beside it
    (acronyms, learned, clauses); dev 0.3214 -> 0.3219, train 0.5090 -> 0.5095, seeds 0.6575 (=) all four."""
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > head.i
                   and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # ("a way to ...")
    if clause is None:
        return None
    obj = next((c for c in clause.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None or (obj.dep_ == "nsubjpass") != any(c.dep_ == "auxpass" for c in clause.children):
        return None
    hit = normalise(lex, obj)
    if hit is None:
        return None
    label = f"{gerund(clause.lemma_.lower())} of {hit[0].label}"
    return (Topic(label=label), hit[1]) if len(label.split()) <= 8 else None  # (a longer label matches none)


def what_it_does(lex: Lexicon, head: Token) -> list[Token]:
    """The clause that says what a generic noun does ("policies [which encouraged increased social
    mobility]", "measures that protect whistleblowers"): the issue is there, the noun alone names
    none. Only a clause whose subject is the relative word and that has an object of its own
    ("the plan, which the Tories oppose" says nothing of what the plan does), and not one a comma
    sets off ("the move, which fitted the respect agenda" adds to a move the article named)."""
    if fold(head.lemma_) not in lex.generic_heads and fold(head.text) not in lex.generic_heads:
        return []
    for c in head.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > head.i \
                and any(x.dep_ == "nsubj" and x.lower_ in {"which", "that"} for x in c.children) \
                and any(x.dep_ == "dobj" and x.pos_ in {"NOUN", "PROPN"} for x in c.children) \
                and head.doc[c.left_edge.i - 1].text != ",":
            return [x for x in c.subtree if not x.is_punct and (x == c or x.dep_ not in {"det", "relcl", "advcl"})]
    return []


# words that end a target's head phrase: "allegations [that ...]", "reports [of a rift]", "claims [he ...]"
HEAD_ENDS = {"that", "of", "in", "about", "against", "over", "on", "to", "by", "from", "which", "who", "he", "she",
             "they", "it", "we", "i", "you", "his", "her", "their"}


def names_a_claim(lex: Lexicon, label: str) -> bool:
    """The target is something asserted ("allegations that we hid money", "the 'charade'
    claims", "newspaper speculation that ..."): its head, the last word before its
    complement, is a claim noun of ``cues.toml``."""
    head = []
    for w in fold(label).replace("'", " ").split():
        if w in HEAD_ENDS:
            break
        head.append(w)
    if not head:
        return False
    w = head[-1]
    return any(form in lex.claims for form in (w, w[:-1] if w.endswith("s") else w, w[:-3] + "y" if w.endswith("ies") else w))
