"""kg's repairs of the small model's parse, run as one pipeline component after the coarse tags: main
verbs left hanging without their subject or the sentence's root, subjects split by a name, complementizers,
infinitives and conjuncts hung on the wrong verb. kg finds acts only on verbs with a subject, so each repair
gives a verb back the clause the parse took from it."""
from __future__ import annotations

from spacy.language import Language

from kg.apposed_verbs import apposed_verb
from kg.complement_conjuncts import complement_conjuncts
from kg.dated_infinitives import dated_infinitives
from kg.lexicon import load_lexicon
from kg.relative_past import relative_past
from kg.semicolon_clauses import semicolon_clauses

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _reroot(verb, subject) -> None:
    """Make ``verb`` its sentence's root with ``subject`` as its subject, the old root's
    full stop and other right-hand punctuation moving with it."""
    old = subject if subject.dep_ == "ROOT" else subject.head
    for punct in [c for c in old.children if c.dep_ == "punct" and c.i > verb.i]:
        punct.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = verb, "ROOT"
    if old != subject:
        old.head, old.dep_ = subject, "relcl"  # "Petro, whose country's nationals have been among the dead"


def _hung_verb(sent):
    """The main verb the small model hung on a noun or a relative clause, and its subject:
    "The students called on citizens to boycott the elections" (root "students", "called" a
    past-tense 'acl'); "Petro, whose country's nationals have been among the dead, condemned
    the strikes" ("condemned" a 'dep' of the relative clause's verb, the root)."""
    root = sent.root
    for verb in sent:
        if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.i < root.i or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        if verb.dep_ == "acl" and verb.head == root and root.pos_ in {"NOUN", "PROPN"}:
            return verb, root  # (a past-tense form: the reduced relative is a participle, "the plan announced on Monday")
        if verb.dep_ == "dep" and verb.head == root and root.pos_ in {"VERB", "AUX"} and verb.i > 0 \
                and verb.doc[verb.i - 1].text == ",":
            subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
            if subject is not None and subject.pos_ == "PROPN" and any(
                    t.lower_ in {"whose", "who", "which"} for t in verb.doc[subject.i + 1:root.i]):
                return verb, subject
    return None


AGE_UNITS = frozenset({"year", "month"})


def _aged_verb(sent):
    """The verb after "The 48-year-old" the small model read as an adjective of the next
    noun ("The 48-year-old urged voters to reject the plan": "urged" an 'amod' of "voters", the
    infinitive the root), with the age as its subject and that noun as its object."""
    doc = sent.doc
    for old in sent:
        if old.lower_ != "old" or old.i < 2 or doc[old.i - 2].lower_ not in AGE_UNITS or old.i + 2 >= sent.end:
            continue
        verb, noun = doc[old.i + 1], doc[old.i + 1].head
        if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN", "JJ"} or not verb.lower_.endswith(("ed", "told")) \
                or noun.i <= verb.i or noun.pos_ not in {"NOUN", "PROPN"} or old.head != noun:
            continue
        root = sent.root
        if noun == root or (noun.dep_ == "nsubj" and noun.head == root and root.tag_ == "VB"):
            return old, verb, noun
    return None


def _reread_aged(old, verb, noun) -> None:
    """``_aged_verb``'s verb made the root, the age its subject, the noun its object and what
    hung on the noun (an infinitive, a clause) the verb's complement."""
    root = noun.sent.root
    verb.tag_, verb.pos_ = "VBD", "VERB"
    verb.set_morph("Tense=Past|VerbForm=Fin")  # (the lemmatizer, next, reads a verb's form from it)
    verb.head, verb.dep_ = verb, "ROOT"
    old.head, old.dep_ = verb, "nsubj"
    movers = [root] if root != noun else [c for c in noun.children if c.i > noun.i and c.dep_ in {"relcl", "acl", "punct"}]
    noun.head, noun.dep_ = verb, "dobj"
    for tok in [c for c in noun.children if c.i < old.i]:
        tok.head = old  # "The" of "The 48-year-old"
    for tok in movers:
        if tok.dep_ == "punct":
            tok.head = verb
        else:
            tok.head = verb
            tok.dep_ = "xcomp" if any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) else "ccomp"
    if root != noun:
        for punct in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
            punct.head = verb


def _noun_verb(sent):
    """A headline's cue verb the tagger read as a noun of the root's phrase but the parser gave
    a subject ("Unions slam government pay offer": "slam" a compound with "Unions" its nsubj,
    "offer" the root): the verb, its subject and the root, to be its object."""
    root = sent.root
    if sent.start != 0 or root.pos_ != "NOUN":
        return None
    verbs = load_lexicon().verbs
    for word in sent:
        subject = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
        if subject is not None and word.dep_ in {"compound", "amod"} and word.lower_ in verbs \
                and word.i < root.i and all(t.dep_ in {"compound", "amod"} for t in sent.doc[word.i:root.i]) \
                and subject.tag_ in {"NNS", "NNPS", "NNP", "NN"}:
            return word, subject, root
    return None


def _reread_noun_verb(verb, subject, root) -> None:
    """``_noun_verb``'s verb made the root, the old root its object."""
    verb.tag_, verb.pos_ = "VBP", "VERB"
    verb.set_morph("Tense=Pres|VerbForm=Fin")
    for punct in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
        punct.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "dobj"


def _emptied_prepositions(sent) -> list:
    """"threatened strike action over government plans to cut jobs": a noun the small model made a
    clause of the verb ('ccomp') right after a preposition it left without an object: the noun and
    that preposition, whose object it is."""
    pairs = []
    for tok in sent:
        if tok.dep_ != "ccomp" or tok.tag_ not in {"NN", "NNS"} or tok.left_edge.i <= sent.start:
            continue
        prep = tok.doc[tok.left_edge.i - 1]
        if prep.dep_ == "prep" and prep.tag_ == "IN" and not any(True for _ in prep.children) \
                and tok.head in prep.ancestors:
            pairs.append((tok, prep))
    return pairs


# where a cue verb's clause may open: a headline's "Topic:", "as"/"while" clauses, a dash's aside
CLAUSE_OPENING = frozenset({":", "as", "while", "-", "\u2013", "\u2014"})
# -s verbs that are never a plural noun ("Party officials says" is a subject's slip, not a swap)
NO_PLURAL = frozenset({"says", "is", "has", "does", "was", "seems", "appears"})


def verb_stems(word: str) -> set[str]:
    """What a word would be without a 3rd-person -s or -es ("rejects" -> reject, "pushes" -> push,
    pushe): the bare forms to look up among the cue verbs."""
    return {word[:-len(suf)] for suf in ("s", "es") if word.endswith(suf)}


def _verb_form(word: str, verbs) -> bool:
    """The -s form of a lexicon cue verb ("rejects", "urges", "vows")."""
    return any(stem in verbs for stem in verb_stems(word))


def _swapped_verbs(sent) -> list:
    """A cue verb's -s form the tagger read as a plural noun, the subject of the -s noun after
    it read as the verb ("Museveni rejects calls to free ...": "rejects" NNS the nsubj of
    "calls" VBZ; "..., as the ruling party rejects calls for a delay"): a plural noun cannot be
    a 3rd-person-singular verb's subject, so the two are swapped. Only where a noun phrase opening
    the sentence or a clause ("Topic:", "as", "while") stands right before the cue word."""
    verbs, doc, out = load_lexicon().verbs, sent.doc, []
    for verb in sent:
        if verb.tag_ != "NNS" or verb.dep_ != "nsubj" or verb.i + 1 >= sent.end or verb.i == sent.start:
            continue
        obj, subject = doc[verb.i + 1], doc[verb.i - 1]
        if verb.head != obj or obj.tag_ != "VBZ" or not obj.lower_.endswith("s") or obj.lower_ in NO_PLURAL \
                or not _verb_form(verb.lower_, verbs) or subject.head != verb \
                or subject.pos_ not in {"NOUN", "PROPN"} or subject.tag_ == "POS" \
                or any(c.dep_ in SUBJECTS and c != verb for c in obj.children) \
                or not any(c.i > obj.i and c.dep_ != "punct" for c in obj.children) \
                or any(c.dep_ in {"xcomp", "advcl", "ccomp"} for c in obj.children):
            continue  # (a clause on the -s word, "calls to resign as thousands rally", is left to
            # ``headline_acts.swapped_plural``: swapped, the parse keeps "as ..." inside the target)
        edge = min(t.i for t in verb.subtree)
        if edge == sent.start or doc[edge - 1].lower_ in CLAUSE_OPENING:
            out.append((verb, subject, obj))
    return out


def _reread_swapped(verb, subject, obj) -> None:
    """``_swapped_verbs``' cue word made the verb in the -s noun's place, the word before it its
    subject (with the rest of that noun phrase), the -s noun its object."""
    head, dep = (verb, "ROOT") if obj.dep_ == "ROOT" else (obj.head, obj.dep_)
    for tok in [c for c in verb.children if c != subject]:
        tok.head = subject  # "the ruling party": the words the parser hung on the -s word
    movers = [c for c in obj.children if c != verb and (c.i < verb.i or c.dep_ == "punct")]
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    obj.tag_, obj.pos_ = "NNS", "NOUN"
    obj.set_morph("Number=Plur")
    verb.head, verb.dep_ = head, dep
    obj.head, obj.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for tok in movers:
        tok.head = verb  # "Election row:", "as", the full stop


def _split_subjects(sent) -> list:
    """A bare capitalised word the small model made a second subject of the verb its noun
    phrase's head already has as one ("Shadow foreign secretary Liam Fox urged ...": "Shadow"
    and "Fox" both 'nsubj'), with the word after it: the first word opens that noun phrase."""
    pairs = []
    for tok in sent:
        if tok.dep_ != "nsubj" or any(True for _ in tok.children) or not tok.text[:1].isupper() \
                or tok.i + 1 >= sent.end:
            continue
        nxt = tok.doc[tok.i + 1]
        other = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i and nxt in c.subtree]
        if other and nxt.pos_ in {"ADJ", "NOUN", "PROPN"}:
            pairs.append((tok, nxt if nxt.pos_ != "ADJ" or nxt == other[0] else nxt.head))
    return pairs


def _complementizers(sent) -> list:
    """"told Trump that Mexico would not pay for a wall": a "that" the small model made the object
    of a reported clause's verb, before that verb's own subject, opens the clause (a relative
    "that", "the plan that the commission proposed", hangs on a relative clause, not a ccomp)."""
    return [t for t in sent if t.lower_ == "that" and t.dep_ == "dobj" and t.head.dep_ == "ccomp"
            and any(c.dep_ in SUBJECTS and t.i < c.left_edge.i and c.i < t.head.i for c in t.head.children)]


def _infinitive_conjuncts(sent) -> list:
    """"defended his government's decision to hand over two islands and accused the media": a
    past or present-tense verb without a subject the small model coordinated with an infinitive
    qualifying a noun (no infinitive has a finite conjunct), with the verb governing that noun."""
    pairs = []
    for verb in sent:
        inf = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or inf.tag_ != "VB" or inf.dep_ != "acl" \
                or any(c.dep_ in SUBJECTS for c in verb.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            continue
        main = inf.head
        while main.pos_ not in {"VERB", "AUX"} and main.dep_ != "ROOT":
            main = main.head
        if main.pos_ == "VERB" and main.i < inf.i:
            pairs.append((verb, inf, main))
    return pairs


def _spliced_subjects(sent) -> list:
    """"Najib accuses Myanmar of genocide against Rohingya, Myanmar rejects criticism": a headline's
    second clause after a comma, whose name the small model made a conjunct of the noun before the
    comma and whose verb, without a subject or a conjunction, an adverbial clause: the name and verb."""
    pairs = []
    for verb in sent:
        if verb.tag_ != "VBZ" or verb.dep_ != "advcl" or verb.i - 2 < sent.start \
                or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
            continue
        name = verb.doc[verb.i - 1]
        if name.pos_ == "PROPN" and name.dep_ == "conj" and verb.doc[name.left_edge.i - 1].text == "," \
                and not any(c.dep_ in {"conj", "cc"} for c in name.children):
            pairs.append((name, verb))
    return pairs


@Language.component("kg_clause_repair")
def clause_repair(doc):
    """Give a main verb the parse left hanging its subject and the sentence's root
    (``_hung_verb``): kg finds acts only on verbs with a subject."""
    for sent in list(doc.sents):
        hung = _hung_verb(sent) or relative_past(sent)
        if hung is not None:
            _reroot(*hung)
        elif (aged := _aged_verb(sent)) is not None:
            _reread_aged(*aged)
        elif (noun_verb := _noun_verb(sent)) is not None:
            _reread_noun_verb(*noun_verb)
        elif (apposed := apposed_verb(sent)) is not None:  # (a participle to the parse: made the finite past it is)
            apposed[0].tag_ = "VBD"
            apposed[0].set_morph("Tense=Past|VerbForm=Fin")
            _reroot(*apposed)
        for swapped in _swapped_verbs(sent):
            _reread_swapped(*swapped)
        for word, head in _split_subjects(sent):
            word.head, word.dep_ = head, "compound"
        for verb in semicolon_clauses(sent):
            verb.dep_ = "dep"
        for word in _complementizers(sent):
            word.dep_ = "mark"
        for word in dated_infinitives(sent):
            word.dep_ = "xcomp"
        for noun, prep in _emptied_prepositions(sent):
            noun.head, noun.dep_ = prep, "pobj"
        if sent.start == 0:
            for name, verb in _spliced_subjects(sent):
                name.head, name.dep_ = verb, "nsubj"
        for verb, inf, main in [*_infinitive_conjuncts(sent), *complement_conjuncts(sent)]:
            for cc in [c for c in inf.children if c.dep_ == "cc" and c.i < verb.i]:
                cc.head = main
            verb.head = main
    return doc
