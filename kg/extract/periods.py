"""The period an undated article speaks of, read from the people it names:
the gazetteer's terms of office of those people bound it ("Mr Blair" and "Mr
Brown" together are 1997-2007, when Blair was prime minister and Brown
chancellor, not 2007-10, when Brown was prime minister and Blair no one)."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.lexicon import Lexicon, fold

# words that make a holder one who is leaving or only standing in ("Interim President X")
PASSING = frozenset({"interim", "acting", "outgoing", "caretaker", "departing", "former", "retiring", "ousted",
                     "deposed", "transitional", "temporary"})
NEW = frozenset({"new", "incoming"})


def article_dates(lex: Lexicon, named: Iterable[str]) -> list[str]:
    """The dates (starts of terms) on which the most people the article names
    held an office, when at least two did; none when no two held one together,
    so one name alone never fixes the period."""
    names = set(named)
    terms = [r for r in lex.roles if r.holder in names]
    counts: dict[str, int] = {}
    for start in {r.start for r in terms}:
        counts[start] = len({r.holder for r in terms if r.held_on(start)})
    best = max(counts.values(), default=0)
    return sorted(d for d, n in counts.items() if n == best) if best >= 2 else []


def passing_holder(ent: SpacySpan) -> bool:
    """"Interim President Juan Perez", "Juan Perez, the outgoing president,": a holder the
    title or apposition gives as leaving or standing in."""
    doc, root, words = ent.doc, ent.root, []
    k, lo = ent.start - 1, ent.sent.start  # (the sentence read once, not per word walked)
    while k >= lo and len(words) < 5 and doc[k].dep_ in {"amod", "compound", "nmod", "advmod"}:
        words.append(doc[k])  # the title: "Interim President"
        k -= 1
    described = [a for a in root.children if a.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    words += [t for a in described for t in a.subtree if t.i <= a.i]  # "Juan Perez, the acting president,"
    return any(fold(t.text) in PASSING for t in words)


def same_of(learned: str | None, asked: str | None) -> bool:
    """Whether a role learned "of" one body is the one a later phrase asks for: the same, or a word
    written short ("Lib Dem leader" after "Liberal Democrat leader Charles Kennedy": ~dem of ~democrat)."""
    if learned == asked:
        return True
    if learned is None or asked is None or not (learned.startswith("~") and asked.startswith("~")):
        return False
    short, long_ = sorted((learned[1:], asked[1:]), key=len)
    return len(short) >= 3 and long_.startswith(short)


def newly_held(tok: Token) -> bool:
    """"the new president", "the incoming prime minister": a holder who just took the role."""
    return any(c.dep_ == "amod" and c.lower_ in NEW for c in tok.children)


# the institutions whose presidents, speakers or leaders a bare "the president" is not ("Senate President")
CHAMBERS = frozenset({"senate", "house", "assembly", "parliament", "congress", "chamber", "court", "commission",
                      "committee", "council", "club", "federation", "association", "league", "bank"})


class HolderReading:
    """Who holds a role a phrase names ("the president", "the Russian minister"), by the article's
    own naming, its last few names, and the gazetteer's terms of office in the article's period.
    Mixed into ``kg.extract.actors.ActorResolver`` (its ``lex``, ``learned_roles``, ``history``,
    ``people`` and ``date``)."""

    def _role_holder(self, role: str, of: str | None, at: int) -> str | None:
        """Who holds the role at character ``at``: the holder the article named
        last before it ("the president" after "President Trump" is Trump, though a
        union's president is named further on), else the first named after it."""
        names = self.lex.role_names(role)
        named = sorted(x for (r, o), xs in self.learned_roles.items()
                       if (r in names or r == role) and same_of(o, of) for x in xs)
        before = [label for pos, label in named if pos < at]
        if of is None and len(set(before)) > 1:
            before = self._bare_titled(role, before) or before
        if of is None and len(set(before)) > 1:
            before = self._state_held(role, before) or before
        if of is None and len(set(before)) > 1:
            before = self._last_named(set(before), at) or before
        if not before and of is None:
            named = [x for x in named if x[1] not in self._state_titled(names | {role})]
        if before:
            return self._bare_read_before(names | {role}, before[-1], at) if of is None else before[-1]
        recent = self._recently_titled(role, of, at) or self._recent_holder(role, of)
        if named:
            # "Carney told Donald Trump ... The president praised Carney": the holder in view the gazetteer
            # knows, not a chamber's president the article names further on
            return recent or named[0][1]
        if recent is not None:
            return recent
        if of is None:
            return None
        holders = self.lex.holders(role, of, self.date)
        if (titled := self._titled_alone(role, of, holders)) is not None:
            return titled
        if len(holders) != 1:
            return None
        if not self.date and (dates := article_dates(self.lex, self.people)):
            names = self.lex.role_names(role)  # undated: not the holder of another period than its names'
            terms = [r for r in self.lex.roles if r.holder == holders[0] and r.of == of and fold(r.role) in names]
            if not any(r.held_on(d) for r in terms for d in dates):
                return None  # "the US envoy" beside Kerry and Obama is not Steve Witkoff
        return holders[0]

    def _bare_read_before(self, names: set[str], titled: str, at: int) -> str:
        """A bare "the prime minister" the article already read as one holder ("Tony Blair ... The prime
        minister accused France") goes on naming him after another is titled with a body of his own
        ("Luxembourg's Prime Minister Jean-Claude Juncker", "Chamber of Commerce president Candace Laing"):
        the qualified holder is written with his qualifier, not bare (probebbc11: Juncker had offered
        Blair's budget cut)."""
        qualified = {label for (r, o), xs in self.learned_roles.items() if r in names and o is not None for _, label in xs}
        if titled not in qualified:
            return titled
        read = [m.actor.label for m in self.history if m.how == "role" and m.span.start < at
                and fold(self.text[m.span.start:m.span.end]) in names]
        return read[-1] if read and read[-1] not in qualified else titled

    def _state_titled(self, names: set[str]) -> set[str]:
        """Holders the article titled with the role of a state ("Luxembourg's Prime Minister
        Jean-Claude Juncker"): a bare "the prime minister" before them is not theirs (a BBC
        story's "the prime minister" is the British one it never titles)."""
        return {label for (r, o), xs in self.learned_roles.items() if r in names and o in self.lex.actors
                and self.lex.actors[o].kind == "country" for _, label in xs}

    def _last_named(self, labels: set[str], at: int) -> list[str]:
        """Of several holders titled before ("Panamanian President Mulino ... US President Trump"), the
        one the article named last by any mention ("Mulino said ... The president also ruled out"):
        a bare "the president" continues the holder in view, not the latest title."""
        seen = [m.actor.label for m in self.history if m.span.start < at and m.actor.label in labels]
        return seen[-1:]

    def _titled_alone(self, role: str, of: str, holders: list[str]) -> str | None:
        """The one person the article titles with the role and no body, of no other country, where it
        names none of the gazetteer's holders: wire style puts "Iraq's prime minister" in the lead and
        "Prime Minister Haider al-Abadi" further on, and the gazetteer's one holder (Maliki, to 2014)
        is of another period (probe round w16d). Only over a gazetteer holder of a known body: "The
        Christian Democrat leader" (a party by its words, no holder listed) is no "Green parliamentary
        leader Katharina Droege" named further on."""
        if not holders or of.startswith("~") or any(h in self.people for h in holders):
            return None
        names = self.lex.role_names(role)
        learned = [(o, label) for (r, o), xs in self.learned_roles.items() if r in names or r == role for _, label in xs]
        elsewhere = {label for o, label in learned if o is not None and not same_of(o, of)}
        found = {label for o, label in learned if o is None and label not in elsewhere
                 and ((a := self.lex.actors.get(label) or self.people.get(label)) is None or a.country in {None, of})}
        return found.pop() if len(found) == 1 else None

    def _bare_titled(self, role: str, labels: list[str]) -> list[str]:
        """Of holders named before, those the article titled with no body ("President Joe Biden" beside
        "Mexican President Lopez Obrador"): the one a bare "the president" means, the other one qualified."""
        names = self.lex.role_names(role)
        qualified = {label for (r, o), xs in self.learned_roles.items() if (r in names or r == role) and o is not None
                     for _, label in xs}
        return [label for label in labels if label not in qualified]

    def _state_held(self, role: str, labels: list[str]) -> list[str]:
        """Of holders named before, those whose office the article gave no institution ("Philippine
        President Marcos" beside "Senate President Escudero"): a bare "the president" is the state's,
        not a chamber's, a party's or a union's."""
        names = self.lex.role_names(role)
        bodies = {label for (r, o), xs in self.learned_roles.items() if (r in names or r == role) and o is not None
                  and (getattr(self.lex.actors.get(o), "kind", "country") != "country"
                       or o[1:] in CHAMBERS or o[1:] in self.lex.institution_nouns) for _, label in xs}
        return [label for label in labels if label not in bodies]

    def _recent_holder(self, role: str, of: str | None) -> str | None:
        """"Obama spoke with Netanyahu. The president urged him ...", "Lavrov ...
        The Russian minister": the latest person named in the last few mentions
        who holds the role (a word of it suffices: minister ~ foreign minister)."""
        names = self.lex.role_names(role)
        recent = [m.actor.label for m in list(reversed(self.history))[:8] if m.actor.kind == "person"]
        # undated, a role held in the period the article's names bound first, by a person named
        # lately or anywhere in it ("the prime minister" beside Mr Blair and Mr Brown is Blair), then
        # one held now: "the prime minister" after Starmer and Putin is Starmer, not Russia's premier
        # of 2008-12; then any role ever held
        passes: list[tuple[list[str], bool, list[str]]] = [([], False, recent)]
        if not self.date:
            dates = article_dates(self.lex, self.people)
            passes = [(dates, False, recent + list(self.people))] * bool(dates)
            passes += [([], True, recent), ([], False, recent)]
        for dates, now, people in passes:
            for label in people:
                for r in self.lex.roles:
                    if r.holder != label or (of is not None and r.of != of) or not r.held_on(self.date) \
                            or (now and r.end) or (dates and not any(r.held_on(d) for d in dates)):
                        continue
                    held = fold(r.role)
                    if held in names or role in held.split() or any(n in held.split() for n in names):
                        return label
        return None

    def _recently_titled(self, role: str, of: str | None, at: int) -> str | None:
        """"Foreign Minister Badr Abdelatty ... The minister reiterated": of the last few people named
        before ``at``, the latest the article itself titled with a role a word of which is the phrase's
        (as the gazetteer's roles are read below), before any holder the gazetteer knows; the history
        may already hold names read further on (a quotation's speaker is looked for after it), and
        those are not in view (probe39b: not the prime minister named below, nor the Qatari one)."""
        names = self.lex.role_names(role)
        titled = {label for (r, o), xs in self.learned_roles.items() if (of is None or o == of)
                  and (r in names or role in r.split()) for pos, label in xs if pos < at}
        recent = [m for m in reversed(self.history) if m.span.start < at][:8]
        return next((m.actor.label for m in recent if m.actor.kind == "person" and m.actor.label in titled), None)

    def _former_holder(self, role: str, qualifiers: set[str], at: int) -> str | None:
        """"former rebel leader Riek Machar ... the rebel leader": a role qualified by a word
        (``qualifiers``: the role's "of"s) that the article gave no present holder of is the one it
        named as having held it, not the sitting president a bare "leader" would find."""
        names = self.lex.role_names(role) | {role}
        held = [(pos, r, label) for (r, o), xs in self.learned_roles.items() if o in qualifiers
                for pos, label in xs if pos < at]
        if not held or any(r in names for _, r, _ in held):
            return None  # "Former rebel leader Garang met the rebel leader Malong": the present one
        former = sorted((pos, label) for pos, r, label in held if r.startswith("former ") and r[len("former "):] in names)
        return former[-1][1] if former else None
