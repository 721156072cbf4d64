"""Pronouns → their antecedents: the resolver's pronoun methods, read from
the mentions it has remembered so far (its fields: ``lex``, ``history``,
``subject_at``, ``main_subjects``, ``quoted``, ``quote_index``, ``pronouns_of``)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.subjects import subject_of
from kg.extract.pronoun_places import (OBJECT_DEPS, binding_subject, clause_on, coordination_of, extraposing,
                                       named_root, office_before, placed_before, relative_clause_subject,
                                       sentence_start, teller, token_at, topic_before)
from kg.extract.body_descriptions import body_described
from kg.extract.doc_words import sentence
from kg.extract.mentions import (FIRST_PERSON, PERSON_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_GENDER, THING_PRONOUNS,
                                 Mention, counted_group, ent_of, ents_in)
from kg.lexicon import TITLES
from kg.records import Actor


PASSING_DISTANCE = 800  # characters: about four sentences of news


class PronounReading:
    """Mixed into ``kg.extract.actors.ActorResolver``."""

    def _pronoun(self, tok: Token, speaker: Mention | None) -> Mention | None:
        low = tok.lower_
        span = self._span(tok.idx, tok.idx + len(tok.text))
        if low in FIRST_PERSON:
            if speaker is None:
                return None
            return Mention(speaker.actor, span, "speaker")
        wanted: set[str]
        if low in PERSON_PRONOUNS:
            wanted = {"person"}
        elif low in PLURAL_PRONOUNS:
            wanted = {"group", "country", "organisation"}
        elif low in THING_PRONOUNS:
            wanted = {"country", "organisation"}
        else:
            return None
        if extraposing(tok):
            return None
        gender = PRONOUN_GENDER.get(low)
        if low == "they" and (last := self._plural_subject_before(tok)) is not None:
            return Mention(last.actor, span, "pronoun")
        if low == "them" and (people := self._people_named_with(tok)) is not None:
            return Mention(people, span, "pronoun")
        if low == "them" and (last := self._plural_object_before(tok)) is not None:
            return Mention(last.actor, span, "pronoun")

        outside = not self.in_quote(tok.idx)
        sent_lo = sentence(tok).start_char  # ``placed_before`` reads names in the pronoun's own sentence only

        def fits(m: Mention, gendered: bool = True) -> bool:
            if m.actor.kind not in wanted or (outside and self.in_quote(m.span.start)):
                return False  # 'he continued' after a quotation naming Trump is not Trump
            if not outside and speaker is not None and m.actor == speaker.actor:
                return False  # '"He is destroying this country," Ozel said': a speaker is "I", not "he"
            if low in PLURAL_PRONOUNS and m.actor.kind == "country" and m.span.start not in self.subject_at:
                return False  # "they" is a country's people or leaders only where the country was a subject
            if low in PERSON_PRONOUNS and m.actor.kind == "person" and m.span.start >= sent_lo \
                    and placed_before(tok, m.span.start):
                return False  # "Speaking to the crowd in Naha, he said": a place the tagger took for a name
            return not gendered or gender is None or self.gender_of(m.actor.label) in {None, gender}

        if (topic := topic_before(tok)) is not None and (m := self._single(topic)) is not None and fits(m):
            return Mention(m.actor, span, "pronoun")  # "As for Carson, he was ...": Carson
        if low in PERSON_PRONOUNS and tok.dep_ in {"nsubj", "nsubjpass"} and (told := teller(self.lex, tok)) is not None:
            m = self.resolve(told)  # "the prime minister told Mr Brown he would stand down": the teller
            if m is not None and fits(m, gendered=False) and (
                    gender is None or self.article_gender(m.actor.label) in {None, gender}):
                if gender is not None:  # "Lindsey Graham ... said he had": the article says which, over the name list
                    self.pronouns_of.setdefault(m.actor.label, Counter())[gender] += 2
                return Mention(m.actor, span, "pronoun")
        if low == "they" and tok.dep_ in {"nsubj", "nsubjpass"} and (told := teller(self.lex, tok)) is not None \
                and told.tag_ in {"NNS", "NNPS"} and ent_of(told) is None:
            from kg.extract.descriptions import description  # descriptions build on the resolver
            m = description(self, told, remember=False)  # "Rail campaigners said they would fight ...": the
            if m is not None and fits(m, gendered=False):  # described group tells of its own act (never remembered,
                return Mention(m.actor, span, "pronoun")  # so "they" took the body named before it; probebbc15)
        if low == "it" and (own := self._teller_body(tok, fits)) is not None:
            return Mention(own.actor, span, "pronoun")  # "The military said it stood ready": the military
        if (low in PERSON_PRONOUNS or low == "it") and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "Abbas met with Kerry. He later said ...": a subject pronoun takes the
            # subject of the sentence that names its nearest antecedent
            near = next((m for m in reversed(self.history) if m.span.start < tok.idx and fits(m)), None)
            if low == "it" and near is not None and near.span.start >= tok.sent.start_char:
                near = None  # "a move Thailand has long rejected, saying it ...": its own clause's, bound below
            if near is not None:
                sent_start = max((v for k, v in self.subject_at.items() if k <= near.span.start), default=None)
                if sent_start is not None and sent_start != sentence_start(tok, near.span.start) \
                        and named_root(tok, near.span.start):
                    return Mention(near.actor, span, "pronoun")  # the name the parser made its sentence's root
                subjects = [m for m in reversed(self.history) if sent_start is not None
                            and sent_start <= m.span.start < tok.idx
                            and self.subject_at.get(m.span.start) == sent_start and fits(m)]
                # the main verb's subject before one of a clause inside it ("Davis echoed criticisms
                # of the way Mr Blunkett introduced the rules. [...]," he said': Davis)
                subj = next((m for m in subjects if m.span.start in self.main_subjects), None) or \
                    next(iter(subjects), None)
                if subj is not None and subj.actor != near.actor:
                    return Mention(subj.actor, span, "pronoun")
        if (owner := office_before(self.lex, tok)) is not None and (m := self.resolve(owner)) is not None \
                and m.actor.kind == "person":
            return Mention(m.actor, span, "pronoun")
        if low in THING_PRONOUNS | PLURAL_PRONOUNS and (bound := binding_subject(tok) or relative_clause_subject(tok)) is not None:
            from kg.extract.descriptions import description  # descriptions build on the resolver
            m = self._single(bound) or description(self, bound, remember=False)
            if m is not None and fits(m):
                return Mention(m.actor, span, "pronoun")
        exclude, inside = None, range(0)
        if tok.dep_ in {"nsubj", "nsubjpass"} and (told := teller(self.lex, tok)) is not None:
            inside = clause_on(told)  # "a mission that visited Nairobi said it welcomed": not Nairobi
        if tok.dep_ in {"dobj", "iobj", "pobj"} and low in {"him", "her", "them", "it"}:
            # "The president urged him to ...": not the clause's own subject
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), None)
            if subj is None and (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} or verb.dep_ == "xcomp"):
                subj = subject_of(verb)  # a participle's is its clause's: "criticised Trump, accusing him of"
                # (an infinitive's is its controller's: "Hungary threatened to veto it" vetoes no Hungary)
            if subj is not None and subj.lower_ not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
                sm = self._single(subj)
                exclude = sm.actor if sm is not None else None
                # nor a name inside it: "the U.S. Treasury accused it" is no accusation of the United States
                inside = range(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        # an object's antecedent is the nearest mention before it ("Putin telephoned Erdogan and congratulated
        # him"), where a name resolved again during extraction joins the history at its end; a subject's
        # keeps that order, the last one resolved first
        order = sorted(self.history, key=lambda m: m.span.start, reverse=True) \
            if tok.dep_ in {"dobj", "iobj"} and low in {"him", "her"} else reversed(self.history)
        for m in order:
            if m.span.start >= tok.idx or (exclude is not None and m.actor == exclude) or m.span.start in inside:
                continue
            if low in PERSON_PRONOUNS and self._passing(m, tok):
                continue
            if fits(m):
                if low in PLURAL_PRONOUNS and m.actor.kind != "group":
                    # "they" prefers a group; a country only if no group is near
                    grp = next((g for g in reversed(self.history) if g.actor.kind == "group"
                                and g.span.start < tok.idx and m.span.start - g.span.start < 1500), None)
                    if grp:
                        return Mention(grp.actor, span, "pronoun")
                return Mention(m.actor, span, "pronoun")
        return self._against_the_list(tok, span, gender, fits) if gender is not None else None

    def owners_members(self, tok: Token, speaker: Mention | None) -> Mention | None:
        """The body "its members" or "their members" belong to, as the actor: its members' view is the
        body's own ("The AA said its members were deeply sceptical", "said its members would refuse"); as an
        object they stay its members ("would consult its members": the body consults them)."""
        if tok.lower_ != "members" or tok.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" for c in tok.children):
            return None  # ("its members of staff", "members of its board": some of them)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        return self._pronoun(owner, speaker) if owner is not None else None

    def _people_named_with(self, tok: Token) -> Actor | None:
        """"sanctions on Khalifa Ghwell and Aguila Saleh, accusing them of ...": an object "them" after
        persons named together in its own sentence, the nearest named before it, is those persons (a
        plural pronoun otherwise looks for groups, countries and bodies only, in the sentence before)."""
        if tok.dep_ not in {"dobj", "pobj"}:
            return None
        lo = sentence(tok).start_char
        before = sorted((m for m in self.history if lo <= m.span.start < tok.idx), key=lambda m: m.span.start)
        if not before or before[-1].actor.kind != "person":
            return None
        last = coordination_of(token_at(tok, before[-1].span.start))
        people = list(dict.fromkeys(m.actor for m in before if m.actor.kind == "person"
                                    and coordination_of(token_at(tok, m.span.start)) == last))
        return self._group(people, None) if 2 <= len(people) <= 4 else None

    def _against_the_list(self, tok: Token, span, gender: str, fits) -> Mention | None:
        """"Senator Bong Go met farmers. He called for ...": where no one before fits a "he" or
        "she", the nearest person whom only the first-name list (US census: "Bong" is a woman's
        name there) gives the other gender; the article's own pronoun says which, from then on."""
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        near = self.main_subject_before(tok)
        if near is None or not fits(near, gendered=False) or self.pronouns_of.get(near.actor.label):
            return None  # the article itself called that person the other
        self.pronouns_of.setdefault(near.actor.label, Counter())[gender] += 2
        return Mention(near.actor, span, "pronoun")

    def _passing(self, m: Mention, tok: Token) -> bool:
        """A person named paragraphs before "he"/"she" and never as the subject of a sentence: one
        named in passing ("three leaders will meet -- Germany's Angela Merkel, ..."), whom a
        "she" further on is not about where the article lost the one it is about."""
        if tok.idx - m.span.start <= PASSING_DISTANCE:
            return False
        return not any(h.actor == m.actor and h.span.start in self.subject_at for h in self.history)

    def _plural_subject_before(self, tok: Token, depth: int = 0) -> Mention | None:
        """"Five public sector unions met Prescott. They want ...": the main-clause "they"
        of a sentence is the plural subject of the sentence before, named or only described
        (a described group is never remembered, so "they" would take a later name); where
        that subject is itself "they", the one it stands for ("The Conservatives insisted
        ... They said ... And they pledged": not the Home Office named in between)."""
        from kg.extract.descriptions import description  # descriptions build on the resolver

        sent = sentence(tok)
        if tok.dep_ != "nsubj" or tok.head != sent.root or sent.start == 0:
            return None
        prev = sentence(tok.doc[sent.start - 1])
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ == "they" and depth < 2 and self.in_quote(subj.idx) == self.in_quote(tok.idx):
            return self._plural_subject_before(subj, depth + 1)
        plural = subj is not None and (subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in self.lex.group_nouns)  # "MPs" tagged NN
        if plural and subj.lemma_.lower() in self.lex.documents and self.in_quote(subj.idx) == self.in_quote(tok.idx):
            return self.report_author(subj)  # "Labour's new posters say ... They urge voters": Labour's
        if subj is None or not plural or self.in_quote(subj.idx) != self.in_quote(tok.idx):
            return self._clause_group_before(tok, prev, subj)
        m = self._single(subj)
        if m is not None and m.actor.kind in {"group", "organisation"}:
            return m
        return (description(self, subj, remember=False) or self._clause_group_before(tok, prev, subj)) \
            if m is None else None

    def _plural_object_before(self, tok: Token) -> Mention | None:
        """"The unions rejected the offer. Thune accused them of ...", "Democrats will not budge, while
        Thune accuses them": the object "them" of a verb is the plural subject of an earlier clause of
        its sentence, or of the sentence before, named or only described (a described group is never
        remembered: "them" found no one, probe30b)."""
        from kg.extract.descriptions import description  # descriptions build on the resolver

        if tok.dep_ != "dobj" or any(c.dep_ == "nsubj" and c.lower_ in PLURAL_PRONOUNS for c in tok.head.children):
            return None
        sent = sentence(tok)
        prev = sentence(tok.doc[sent.start - 1]) if sent.start > 0 else None
        mine = [c for c in sent if c.i < tok.i and c.dep_ == "nsubj" and c.head.i != tok.head.i]
        root = [c for c in prev.root.children if c.dep_ == "nsubj"] if prev is not None else []
        for subj in [*reversed(mine), *root][:1]:
            if not (subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in self.lex.group_nouns) \
                    or self.in_quote(subj.idx) != self.in_quote(tok.idx):
                return None
            m = self._single(subj)
            if m is not None:
                return m if m.actor.kind in {"group", "organisation", "party"} else None
            return description(self, subj, remember=False)
        return None

    def _clause_group_before(self, tok: Token, prev: SpacySpan, root_subj: Token | None) -> Mention | None:
        """"Rouhani's comments came as thousands of Iranians joined rallies. They chanted ...": where
        the sentence before has no group for its main subject, the counted group that is the subject
        of a clause inside it ("tens of thousands of Iranians"), the one such in that sentence."""
        from kg.extract.descriptions import description  # descriptions build on the resolver

        found = [g for c in prev if c.dep_ == "nsubj" and c is not root_subj and c.head.pos_ == "VERB"
                 and self.in_quote(c.idx) == self.in_quote(tok.idx) and (g := counted_group(c)) is not None]
        if len(found) != 1:
            return None
        m = description(self, found[0], remember=False, subject=False)
        return m if m is not None and m.actor.kind == "group" else None

    def learn_gender(self, sent: SpacySpan, named: set[str]) -> None:
        """The pronouns of a sentence that names one person and no other, outside
        quotations: what the article itself calls that person ("In his remarks,
        Graham argued ...")."""
        self.learn_titles(sent)
        if len(named) != 1:
            return
        person = next(iter(named))
        listed = self.gender_of(person)  # the article's own so far, else the first-name list
        genders = {PRONOUN_GENDER[t.lower_] for t in sent if t.lower_ in PRONOUN_GENDER and not self.in_quote(t.idx)
                   and not (t.dep_ in OBJECT_DEPS and listed not in {None, PRONOUN_GENDER[t.lower_]})
                   and not another_name_before(t, sent, person)}
        if len(genders) == 1:
            self.pronouns_of.setdefault(person, Counter())[genders.pop()] += 1

    def learn_titles(self, sent: SpacySpan) -> None:
        """"Mr Cook", "Mrs Hall": the title the article gives a person says which pronoun is theirs,
        over the name list (Robin, Lindsey and Ashton are mostly women's names there)."""
        for ent in ents_in(sent):
            if ent.label_ != "PERSON":
                continue
            title = ent[0] if len(ent) > 1 else ent.doc[ent.start - 1] if ent.start > sent.start else None
            gender = TITLES.get(title.lower_.rstrip(".")) if title is not None else None
            if gender is not None:
                self.pronouns_of.setdefault(self._person(ent).label, Counter())[gender] += 2

    def article_gender(self, person: str) -> str | None:
        """The gender the article's own pronouns give a person, in two sentences or more and never
        the other; None where they do not say. A teller the article calls "she" is no "he"
        ("Clinton said she would ... Clinton said he opposed": not her); the name list alone never
        overrules the teller."""
        seen = self.pronouns_of.get(person)
        if seen is not None and len(seen) == 1:
            (g, n), = seen.items()
            if n >= 2:
                return g
        return None

    def gender_of(self, person: str) -> str | None:
        """``article_gender``, else the first name's usual one (Lindsey, Robin and Ashton are
        mostly women's names in the name list, and Lindsey Graham, Robin Cook and Ashton Carter men).
        One sentence of the article's own that names the person alone and calls them only one thing
        is over the list ("Aliyev told a meeting of his security council. He thanked Turkey": the
        census list gives "Ilham" as a woman's name; probe round w16d)."""
        seen = self.pronouns_of.get(person)
        if seen is not None and len(seen) == 1:
            return next(iter(seen))
        return self.lex.gender_of(person)

    def in_quote(self, at: int) -> bool:
        """``at`` lies inside one of the document's quotations (asked for every
        remembered mention each pronoun passes: a scan of all quotations each
        time had been a tenth of a long article's extraction)."""
        index = self.quote_index
        if index is None or index[0] is not self.quoted:
            spans = sorted(self.quoted)
            ends, end = [], -1
            for _, b in spans:  # the furthest end reached by any quotation starting at or before each
                end = max(end, b)
                ends.append(end)
            index = self.quote_index = (self.quoted, [a for a, _ in spans], ends)
        _, starts, ends = index
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]

    def _teller_body(self, tok: Token, fits) -> Mention | None:
        """"A coalition of parties said it rejected ...", "The hard-left party has said it will table a
        motion": the subject "it" of what a body said is that body, by its name or, with none, by the
        words that describe it (probes: the body or country named before took its place). A bare
        "the party said it" is left to the search (dev: the party named before; a bare institution
        noun described as itself lost one there)."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or (told := teller(self.lex, tok)) is None \
                or told.tag_ not in {"NN", "NNP"}:
            return None
        from kg.extract.descriptions import description  # descriptions build on the resolver
        m = self.resolve(told) or description(self, told, remember=False)
        if m is None and told.lemma_.lower() in self.lex.institution_nouns and ent_of(told) is None \
                and any(c.dep_ in {"amod", "compound"} and c.i < told.i for c in told.children):
            m = body_described(self.lex, self.text, told)
        return m if m is not None and fits(m, gendered=False) else None


def another_name_before(tok: Token, sent: SpacySpan, person: str) -> bool:
    """A possessive or object pronoun after a proper noun that is not the person's name may be that
    other one's: "Merkel thanked Paluckas for his work" (the tagger took "Paluckas" for a place, so the
    sentence names one person) makes Merkel no "he" (probe32a)."""
    if tok.dep_ not in OBJECT_DEPS | {"poss"}:
        return False
    own = set(person.lower().split())
    return any(t.pos_ == "PROPN" and t.lower_ not in own for t in sent if t.i < tok.i and t.dep_ in OBJECT_DEPS)
