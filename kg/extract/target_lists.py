"""The further targets of a coordination, each its own: "called for a ceasefire and
direct talks", "pledged to cut taxes and balance the budget", and the lists the parser
hangs away from their first item."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.acts import act_word
from kg.extract.clauses import nominal_cue, object_of, pobj
from kg.extract.context import Context
from kg.extract.nominal_targets import follow_nominal
from kg.extract.phrases import binomial_second
from kg.extract.target_tokens import head_words, target_from
from kg.extract.targets import unpointed
from kg.lexicon import fold
from kg.records import Actor, Target, Topic


def passed_over(c: Token) -> bool:
    """A conjunct set aside by "rather than" ("respond to the allegations rather than insist on an
    affidavit", "talks rather than sanctions"): the alternative turned down, no further target."""
    before = [t.lower_ for t in c.doc[max(c.left_edge.i - 2, 0):c.i]]
    return "than" in before and "rather" in before


def further_acts(ctx: Context, verb: Token, want_actor: bool) -> list[tuple[Target, tuple[str, ...]]]:
    """The further acts of a coordination of infinitives, each its own target: "called on
    the government to appoint safety reps and to increase spending on inspections", "pledged
    to cut taxes and balance the budget" (the parser may hang the second on a word of the first)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB":
        return []
    out = []
    for c in verb.subtree:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" and c.i > verb.i and not passed_over(c) \
                and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children):
            target, quals, _ = target_from(ctx, c, want_actor=want_actor)
            if target is not None and not isinstance(target, Actor):
                out.append((target, quals))
    return out


def conjoined_targets(ctx: Context, tok: Token | None, *, want_actor: bool = False) -> list[tuple[Target, tuple[str, ...]]]:
    """The further targets of a coordination: "face increased sanctions and
    weapons transfers", "called for a ceasefire and direct talks" (the first
    conjunct is ``target_from``'s)."""
    if tok is None:
        return []
    acts = further_acts(ctx, tok, want_actor)
    verb = None  # the act whose object the list is, when its first item is named as that act ("join NATO")
    for _ in range(3):
        if tok.pos_ in {"VERB", "AUX"}:
            nxt = object_of(tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None), None) \
                or bare_infinitive(tok)
            verb = tok if nxt is not None and nxt.dep_ == "dobj" else None
        elif nominal_cue(ctx.lex, tok) is not None:
            nxt = follow_nominal(ctx.lex, tok)
            verb = None
        else:
            break
        if nxt is None:
            return acts
        tok = nxt
    out = acts
    further = list(tok.conjuncts)
    if tok.dep_ == "dobj" and not further:
        # "wanted electoral reform and Sir Edward's resignation": the parser makes the second object the verb's conjunct
        further = verb_hung_nouns(tok, tok.head) or gerund_objects(tok) or second_objects(tok)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"} and not further:
        # "called for an end to the war and the entry of aid": the second object of "for", the verb's conjunct
        further = verb_hung_nouns(tok, tok.head.head) or repeated_preposition(tok)
    if not further:
        further = listed_past_modifier(tok) or list_hung_elsewhere(tok)
    # the first item named as the act on it ("join NATO"): so are the actors after it
    done = verb if verb is not None and not want_actor and ctx.resolver.resolve(tok) is not None \
        and isinstance(target_from(ctx, verb)[0], Topic) else None
    for c in further:
        if c.i > tok.i and (c.pos_ in {"NOUN", "PROPN"} or c.tag_ == "VBG") and not passed_over(c) and not binomial_second(c):
            target, quals, _ = target_from(ctx, c, want_actor=want_actor)
            if done is not None and isinstance(target, Actor):
                # "opposes Ukraine joining NATO and the EU": joining the EU too, as the first is "join NATO"
                one = ctx.lex.actor_for(c.text) if target.members else target  # (not the list "NATO and EU" it is in)
                label = f"{act_word(done)} {unpointed(one.label if one is not None else c.text)}"
                target = ctx.lex.topic_named(fold(label)) or ctx.lex.topic_named(
                    fold(f"{done.lemma_} {head_words(c)}")) or Topic(label=label)
            if target is not None and (want_actor or not isinstance(target, Actor)):
                out.append((target, quals))
    return out


def named_in_apposition(tok: Token) -> list[Token]:
    """The further names of a title's apposition ("met Vietnam's party chief Nguyen Phu Trong and Prime
    Minister Nguyen Xuan Phuc"): the parser makes the title the object, the first name its apposition
    and the second name that one's conjunct, so the title itself has none."""
    if tok.pos_ != "NOUN":
        return []
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return [c for c in name.conjuncts if c.i > name.i and c.pos_ == "PROPN"] if name is not None else []


def verb_hung_nouns(obj: Token, verb: Token) -> list[Token]:
    """Nouns the parser coordinates with the verb rather than with its object: further objects."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > obj.i
            and not any(x.dep_ in {"nsubj", "nsubjpass", "dobj"} for x in c.children)]


def second_objects(obj: Token) -> list[Token]:
    """A second object the parser hangs on the verb as an object of its own after "and" ("will meet
    US commerce secretary Howard Lutnick and trade representative Jamieson Greer"): a further object."""
    doc = obj.doc
    if obj.dep_ == "appos" and obj.head.dep_ == "dobj":  # the name in apposition to the object's title
        obj = obj.head
    if obj.dep_ != "dobj":
        return []
    return [c for c in obj.head.children if c.dep_ == "dobj" and c.i > obj.right_edge.i
            and c.left_edge.i - 1 in {obj.right_edge.i, obj.right_edge.i + 1} and doc[c.left_edge.i - 1].dep_ == "cc"]


def repeated_preposition(obj: Token) -> list[Token]:
    """The objects of a preposition coordinated with the same one ("pressed for higher wages and
    for shorter hours"): the parser makes the second "for" the first's conjunct, its object no conjunct."""
    prep = obj.head
    return [o for c in prep.conjuncts if c.i > prep.i and c.lower_ == prep.lower_ and (o := pobj(c)) is not None]


def gerund_objects(obj: Token) -> list[Token]:
    """A gerund the parser coordinates with the verb after its object ("did not rule out warrantless
    searches or registering Muslims in a database"): a further object, an act without a subject."""
    verb = obj.head
    return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > obj.i
            and c.i - 1 <= obj.right_edge.i + 1 and obj.doc[c.i - 1].dep_ == "cc"
            and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)]


def list_hung_elsewhere(tok: Token) -> list[Token]:
    """The rest of a list the parser hung away from its first item ("taking aim at the billionaire
    class, the fossil fuel industry and super PACs" made "industry" the main verb's): right after
    the item's phrase a comma, then a phrase of nouns closed by "and"/"or" and another noun."""
    doc = tok.doc
    k = tok.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    nxt = next((t for t in doc[k + 1:k + 6] if t.left_edge.i == k + 1 and t.pos_ in {"NOUN", "PROPN"}
                and t.dep_ not in {"compound", "nsubj", "nsubjpass", "poss"}), None)
    if nxt is None or tok in nxt.ancestors or nxt in tok.ancestors or any(
            c.pos_ in {"VERB", "AUX"} for c in nxt.children):
        return []
    rest = [c for c in nxt.conjuncts if c.i > nxt.i]
    closed = any(doc[c.i - 1].dep_ == "cc" or doc[c.left_edge.i - 1].dep_ == "cc" for c in rest)
    return [nxt, *rest] if rest and closed else []


def bare_infinitive(verb: Token) -> Token | None:
    """The act a verb without an object leads to with a bare infinitive ("to help improve
    relations and work for stability"), whose objects are the verb's."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                 and not any(x.dep_ == "aux" for x in c.children)), None)


def listed_past_modifier(tok: Token) -> list[Token]:
    """Further items of a list the parser hangs on the noun of the object's modifier ("backed
    choice in schools and hospitals, wider home ownership and changes to the welfare system",
    "demands his reinstatement as an investigator, recovery of lost wages"): from the first
    conjunct after a comma on, each a common noun with words of its own."""
    inner = next((pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None), None)
    if inner is None and tok.dep_ == "dobj":  # the parser may hang the modifier on the verb, just after the object
        inner = next((pobj(c) for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1
                      and pobj(c) is not None), None)
    if inner is None or inner.pos_ != "NOUN":
        return []
    doc = tok.doc
    rest = sorted((c for c in inner.conjuncts if c.i > inner.i), key=lambda c: c.i)
    first = next((k for k, c in enumerate(rest) if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
    if first is None or first == 0 and not any(x.dep_ == "prep" for x in rest[0].children):
        # the modifier's own list running on past the comma ("an arrangement on steel, auto components and
        # certain pharmaceuticals"): the object's list needs the modifier's closed first ("in schools and
        # hospitals, wider home ownership and ...") or an item with words of its own like the object's
        # ("his reinstatement as an investigator, recovery of lost wages and other damages")
        return []
    return [c for c in rest[first:] if c.pos_ == "NOUN"
            and any(x.dep_ in {"amod", "compound", "prep", "det", "poss"} for x in c.children)]
