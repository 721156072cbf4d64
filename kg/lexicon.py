"""The lexicons kept as data in ``ontology/``: relation cues, the actor
gazetteer and the topic vocabulary, loaded once into lookup tables."""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.config import ONTOLOGY_DIR
from kg.home_bodies import written_as_other
from kg.records import Actor, Topic


@dataclass(frozen=True)
class RelationInfo:
    name: str
    polarity: int
    cameo: str
    stance: str


@dataclass(frozen=True)
class Role:
    """A role held by a person: "president" of "Russia" between two dates."""

    role: str
    of: str
    start: str
    end: str
    holder: str

    def held_on(self, date: str | None) -> bool:
        """Held on ``date`` (ISO); any role counts when the date is unknown."""
        return not date or (self.start <= date and (not self.end or date < self.end))


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation except inner hyphens; single spaces.
    Cached: the rules and the candidates fold the same words many times."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.replace("-", " ").split())


@dataclass
class Lexicon:
    relations: dict[str, RelationInfo]
    verbs: dict[str, str]
    phrasal: dict[str, str]
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    emphasis_verbs: frozenset[str]  # "stressed the importance of", "underscored the need to"
    emphasis_nouns: dict[str, str]
    held_acts: dict[str, str]  # nouns that are acts only after a light verb or a holder: "held talks with"
    act_holders: frozenset[str]
    receiving_verbs: frozenset[str]
    pledge_verbs: frozenset[str]
    negation: dict[str, str]
    negation_cancels: frozenset[str]  # "did not criticise the budget": no position, not support
    speech: frozenset[str]
    transparent: frozenset[str]
    documents: frozenset[str]  # nouns of documents that speak for their authors
    no_comment: tuple[str, ...]  # "did not respond to a request for comment": a sentence with no position
    interviewers: frozenset[str]  # last words of those one talks to in an interview ("reporters", "Sky News")
    channels: frozenset[str]  # where words are said: "in a statement", "on a visit"
    publishing: frozenset[str]  # verbs whose subject authors the document they take
    condition_markers: tuple[str, ...]
    preceded: frozenset[str]
    exchange_phrases: tuple[tuple[str, ...], ...]  # "in return for": the words of each bargain phrase
    consequence_verbs: frozenset[str]
    sanction_nouns: frozenset[str]  # [threats]: "legal action", "a crushing response" taken or vowed
    sanction_taking: frozenset[str]
    sanction_intent: frozenset[str]
    opposing_acts: frozenset[str]  # "vowed to fight the deployment": the act opposes its object
    actors: dict[str, Actor]  # canonical label -> Actor
    alias_index: dict[str, str]  # folded alias -> canonical label
    demonyms: dict[str, str]  # folded demonym -> country label
    regions: dict[str, str]  # country label -> region
    roles: list[Role]
    role_synonyms: dict[str, tuple[str, ...]]
    topics: dict[str, Topic]
    topic_index: dict[str, str] = field(default_factory=dict)  # folded alias -> label
    topic_forms: dict[str, str] = field(default_factory=dict)  # folded alias -> the alias as written
    max_topic_words: int = 1
    adjectives: dict[str, str] = field(default_factory=dict)
    feelings: dict[str, str] = field(default_factory=dict)  # "angered by X": the holder's stance on X
    orders: frozenset[str] = frozenset()
    evaluation_verbs: frozenset[str] = frozenset()
    evaluations: dict[str, int] = field(default_factory=dict)  # folded word -> +1 / -1
    stance_holders: dict[str, str] = field(default_factory=dict)  # "critic" -> opposes: one who holds a stance
    claims: frozenset[str] = frozenset()  # "allegation": what one opposes of these one rejects
    effects: dict[str, int] = field(default_factory=dict)  # verbs of what an issue does -> +1 (helps) / -1 (harms)
    role_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    section_labels: frozenset[str] = frozenset()  # "Why it matters:", "What they're saying:": a digest's signposts
    person_nouns: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()  # "polls", "documents": plural subjects that are no actor
    collective_nouns: frozenset[str] = frozenset()  # "the Syrian opposition"
    institution_nouns: frozenset[str] = frozenset()  # "the ministry", "Gowdy's office": not a person
    instrument_nouns: frozenset[str] = frozenset()  # "treaty", "accord": a name's last word that makes it no actor
    department_nouns: frozenset[str] = frozenset()  # "Department for Education and Skills": names that run on with "and"
    assembly_nouns: frozenset[str] = frozenset()  # "congress", "council": a generic body's last word
    honorifics: frozenset[str] = frozenset()  # folded: "mr", "lord"
    rank_words: frozenset[str] = frozenset()  # folded: "shadow", "deputy": another office than the role after them
    faction_words: frozenset[str] = frozenset()  # folded: "senior", "rebel": some of a party's members ("senior Tories")
    postnominals: frozenset[str] = frozenset()  # as written: "QC", "MP"
    speech_phrasal: frozenset[str] = frozenset()  # "went on", "shot back"
    region_adjectives: dict[str, str] = field(default_factory=dict)
    generic_heads: frozenset[str] = frozenset()
    complex_prepositions: frozenset[tuple[str, str, str]] = frozenset()  # ("in", "response", "to")
    reversals: dict[str, str] = field(default_factory=dict)  # verb lemma -> its noun ("lift" -> "lifting")
    light_only: frozenset[str] = frozenset()  # "hope": a stance after a light verb only ("expressed the hope")
    reversal_nouns: frozenset[str] = frozenset()
    nominalisations: dict[str, str] = field(default_factory=dict)  # "comply" -> "compliance"
    reversal_synonyms: dict[str, str] = field(default_factory=dict)  # "cessation" -> "halt"
    wrong_verbs: frozenset[str] = frozenset()  # [accusations]: reported wrongdoing
    wrong_nouns: frozenset[str] = frozenset()
    wrong_reporting: frozenset[str] = frozenset()
    alleging: frozenset[str] = frozenset()  # verbs whose clause is an accusation of its subject ("alleges that X lied")
    wrong_committing: frozenset[str] = frozenset()
    failing: frozenset[str] = frozenset()  # [accusations]: a reported failure accuses ...
    achievements: frozenset[str] = frozenset()  # ... unless it was at one of these
    armed_verbs: frozenset[str] = frozenset()  # [armed]: criticism verbs that also name force
    armed_subjects: frozenset[str] = frozenset()
    armed_objects: frozenset[str] = frozenset()
    first_names: dict[str, str] = field(default_factory=dict)  # folded first name -> "m" / "f"
    family_first: frozenset[str] = frozenset()  # family names written first: "lin" (Lin Jian), "moon"
    home_aliases: dict[str, str] = field(default_factory=dict)  # folded alias -> label, only where its country is named
    demonym_forms: dict[str, str] = field(default_factory=dict)  # demonym as written -> country label
    visits: dict[str, frozenset[str]] = field(default_factory=dict)  # [visits]: "visit" -> {"to", "with"}
    headline_acts: dict[str, frozenset[str]] = field(default_factory=dict)  # [headline_acts]: "rejects" -> {"scrap", ...}
    pledged_cooperation: dict[str, frozenset[str]] = field(default_factory=dict)  # "supports" -> {"work", "cooperate", ...}
    # a country's name pattern, an article's lexicon per dropped aliases: for_text had rebuilt both per article
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def for_text(self, text: str) -> Lexicon:
        """The lexicon for one article: without the aliases that name an actor only
        in news of its country ("Congress"), where the article never names that
        country (by its name, an alias or a demonym)."""
        countries = {self.actors[label].country for label in set(self.home_aliases.values())}
        unnamed = {c for c in countries if not self.names_country(text, c)}
        dropped = {alias for alias, label in self.home_aliases.items() if self.actors[label].country in unnamed}
        # nor where it is written as a party's name ("the Congress party") or another state's ("Peru's Congress")
        dropped |= written_as_other(self, text)
        if not dropped:
            return self
        key = frozenset(dropped)
        if key not in self.memo:
            self.memo[key] = replace(self, memo={}, alias_index={k: v for k, v in self.alias_index.items() if k not in key})
        return self.memo[key]

    def names_country(self, text: str, country: str | None) -> bool:
        if country is None or country not in self.actors:
            return True
        pattern = self.memo.get(("country", country))
        if pattern is None:
            pattern = self.memo[("country", country)] = self._country_pattern(country)
        return pattern.search(text) is not None

    def _country_pattern(self, country: str) -> re.Pattern:
        c = self.actors[country]
        forms = {c.label, *c.aliases, *(d for d, of in self.demonym_forms.items() if of == country)}
        # its bodies name it too ("the White House", "the Pentagon"), but not one with a home
        # alias: "House of Representatives" may be Australia's
        homed = set(self.home_aliases.values())
        forms |= {f for a in self.actors.values() if a.kind == "organisation" and a.country == country
                  and a.label not in homed for f in (a.label, *a.aliases)}
        forms |= {f.upper() for f in forms}  # a dateline: "WASHINGTON —"
        names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{names})(?!\w)")

    def topic_named(self, key: str) -> Topic | None:
        """The vocabulary topic a folded phrase names, labelled with the words
        used ("talks" stays "talks", of the concept "peace talks"): coders and
        readers want the issue as the article puts it (dev full 0.190 -> 0.197
        against the concept's label), the graph one node per concept."""
        concept = self.topic_index.get(key)
        if concept is None:
            return None
        return self.topics[concept].named(self.topic_forms.get(key, concept))

    def gender_of(self, person: str) -> str | None:
        """"m", "f" or None (unknown): from a person label's first name, so that
        "she" never resolves to Gordon Brown."""
        words = person.replace(".", " ").split()
        while words and fold(words[0]) in TITLES_ANY:
            words = words[1:]
        if not words:
            return None
        if fold(person.split()[0]) in TITLES:
            return TITLES[fold(person.split()[0])]
        if self.family_name_first(" ".join(words)):
            return None  # "Lin Jian": a family name, no first name
        return self.first_names.get(fold(words[0]))

    def family_name_first(self, person: str) -> bool:
        """"Lin Jian", "Moon Jae-in": a name that opens with its family name (a
        common Chinese, Korean or Vietnamese one, and a second word that is no
        listed first name: "Lee Ann Smith" is not one)."""
        words = person.split()
        return len(words) >= 2 and fold(words[0]) in self.family_first and fold(words[1]) not in self.first_names

    def actor_for(self, surface: str) -> Actor | None:
        label = self.alias_index.get(fold(surface))
        return self.actors.get(label) if label else None

    def role_names(self, role: str) -> set[str]:
        """A role and every role it stands for ("leader" -> president, prime minister...)."""
        role = fold(role)
        names = {role}
        for canon, syns in self.role_synonyms.items():
            if role == canon:
                names.update(syns)
            elif role in syns and canon != "leader":  # "leader" is broader, not a synonym
                names.add(canon)
                names.update(syns)
        return names

    def audience(self, label: str) -> bool:
        """Those one talks to in an interview ("reporters", "Fox News", "the BBC"): no one consulted
        and nothing said is about them."""
        words = fold(label).split()
        known = self.actor_for(label) if label != label.lower() else None
        return bool(words) and (words[-1] in self.interviewers or (known is not None and known.kind == "media"))

    def holders(self, role: str, of: str, date: str | None) -> list[str]:
        """Who held ``role`` of ``of`` on ``date`` (all holders when no date)."""
        names = self.role_names(role)
        return [r.holder for r in self.roles if r.of == of and fold(r.role) in names and r.held_on(date)]


TITLES = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "mrs": "f", "ms": "f", "miss": "f",
          "lady": "f", "dame": "f", "baroness": "f", "queen": "f", "princess": "f"}
TITLES_ANY = set(TITLES) | {"dr", "president", "sen", "senator", "rep", "gov", "governor", "prime", "minister"}


def _name_list(path: Path) -> dict[str, str]:
    """A name list (``name<TAB>note`` lines, ``#`` comments): folded name -> its note."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, note = line.partition("\t")
            out[fold(name)] = note.strip()
    return out


def _read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_lexicon(ontology: Path = ONTOLOGY_DIR) -> Lexicon:  # load_lexicon() and (ONTOLOGY_DIR): one load
    return _load_lexicon(Path(ontology))


@lru_cache(maxsize=4)
def _load_lexicon(ontology: Path) -> Lexicon:
    cues = _read(ontology / "cues.toml")
    gaz = _read(ontology / "actors.toml")
    top = _read(ontology / "topics.toml")
    relations = {k: RelationInfo(k, int(v["polarity"]), str(v["cameo"]), v["stance"])
                 for k, v in cues["relations"].items()}
    for table in ("verbs", "phrasal", "nouns"):
        bad = {v for v in cues[table].values() if v not in relations}
        if bad:
            raise ValueError(f"{ontology / 'cues.toml'}: [{table}] names unknown relations {bad}")

    actors: dict[str, Actor] = {}
    alias_index: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    demonym_forms: dict[str, str] = {}
    home_aliases: dict[str, str] = {}
    regions: dict[str, str] = {}
    roles: list[Role] = []
    for entry in gaz["actor"]:
        label = entry["label"]
        aliases = tuple(entry.get("aliases", ()))
        actors[label] = Actor(label=label, kind=entry.get("kind", "organisation"),
                              aliases=aliases, wikidata=entry.get("wikidata"),
                              country=entry.get("country"))
        for form in (label, *aliases):
            alias_index.setdefault(fold(form), label)
        for dem in entry.get("demonyms", ()):
            demonyms.setdefault(fold(dem), label)
            demonym_forms.setdefault(dem, label)
        for alias in entry.get("home_aliases", ()):
            home_aliases[fold(alias)] = label
        if entry.get("region"):
            regions[label] = entry["region"]
        for spec in entry.get("roles", ()):
            role, of, start, end = (spec.split("|") + ["", "", ""])[:4]
            roles.append(Role(role, of, start, end, label))
    role_synonyms = {fold(k): tuple(fold(s) for s in v) for k, v in gaz.get("role_synonyms", {}).items()}

    topics: dict[str, Topic] = {}
    topic_index: dict[str, str] = {}
    topic_forms: dict[str, str] = {}
    for entry in top["topic"]:
        t = Topic(label=entry["label"], in_vocabulary=True,
                  aliases=tuple(entry.get("aliases", ())), broader=entry.get("broader"))
        topics[t.label] = t
    # every alias as written first, then the lemma forms ("release hostages" ->
    # "release hostage"), so that "reform" is read as "reform", not "reforms"
    for lemmatise in (False, True):
        for t in topics.values():
            for form in (t.label, *t.aliases):
                key = " ".join(w[:-1] if lemmatise and w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w
                               for w in fold(form).split())
                if key not in topic_index:
                    topic_index[key], topic_forms[key] = t.label, form
    return Lexicon(
        relations=relations,
        verbs=dict(cues["verbs"]),
        phrasal=dict(cues["phrasal"]),
        nouns=dict(cues["nouns"]),
        light_verbs=frozenset(cues["light_verbs"]["lemmas"]),
        emphasis_verbs=frozenset(cues["emphasis"]["verbs"]),
        emphasis_nouns=dict(cues["emphasis"]["nouns"]),
        held_acts=dict(cues["held_acts"]["nouns"]),
        act_holders=frozenset(cues["held_acts"]["holders"]),
        receiving_verbs=frozenset(cues["receiving_verbs"]["lemmas"]),
        pledge_verbs=frozenset(cues["pledges"]["lemmas"]),
        negation=dict(cues["negation"]),
        negation_cancels=frozenset(w for k in ("verbs", "adjectives") for w in cues.get("negation_cancels", {}).get(k, ())),
        speech=frozenset(cues["speech"]["lemmas"]),
        transparent=frozenset(cues["speech"]["transparent"]),
        documents=frozenset(cues["speech"]["documents"]),
        interviewers=frozenset(fold(w) for w in cues["speech"].get("interviewers", ())),
        no_comment=tuple(fold(w) for w in cues["speech"]["no_comment"]),
        section_labels=frozenset(fold(w) for w in cues["speech"].get("section_labels", ())),
        channels=frozenset(cues["speech"].get("channels", ())),
        publishing=frozenset(cues["speech"]["publishing"]),
        speech_phrasal=frozenset(cues["speech"].get("phrasal", ())),
        condition_markers=tuple(cues["conditions"]["markers"]),
        preceded=frozenset(cues["conditions"]["preceded"]),
        exchange_phrases=tuple(tuple(p.split()) for p in cues["conditions"].get("exchange", ())),
        consequence_verbs=frozenset(cues["threats"]["consequence_verbs"]),
        sanction_nouns=frozenset(cues["threats"].get("sanction_nouns", ())),
        sanction_taking=frozenset(cues["threats"].get("taking", ())),
        sanction_intent=frozenset(cues["threats"].get("intent", ())),
        opposing_acts=frozenset(cues["opposing_acts"]["verbs"]),
        actors=actors, alias_index=alias_index, demonyms=demonyms, regions=regions,
        roles=roles, role_synonyms=role_synonyms, topics=topics, topic_index=topic_index, topic_forms=topic_forms,
        max_topic_words=max(len(k.split()) for k in topic_index),
        adjectives=dict(cues.get("adjectives", {})),
        feelings=dict(cues.get("feelings", {})),
        orders=frozenset(cues.get("orders", {}).get("lemmas", ())),
        evaluation_verbs=frozenset(cues.get("evaluations", {}).get("verbs", ())),
        evaluations={**{fold(w): 1 for w in cues.get("evaluations", {}).get("positive", ())},
                     **{fold(w): -1 for w in cues.get("evaluations", {}).get("negative", ())}},
        stance_holders=dict(cues.get("holders", {})),
        claims=frozenset(cues.get("claims", {}).get("nouns", ())),
        effects={**{w: 1 for w in cues.get("evaluations", {}).get("helps", ())},
                 **{w: -1 for w in cues.get("evaluations", {}).get("harms", ())}},
        role_nouns=frozenset(fold(r) for r in gaz["roles"]["nouns"]),
        group_nouns=frozenset(fold(r) for r in gaz["roles"]["group_nouns"]),
        person_nouns=frozenset(fold(r) for r in gaz["roles"].get("person_nouns", ())),
        thing_nouns=frozenset(fold(r) for r in gaz["roles"].get("thing_nouns", ())),
        collective_nouns=frozenset(fold(r) for r in gaz["roles"].get("collective_nouns", ())),
        institution_nouns=frozenset(fold(r) for r in gaz["roles"].get("institution_nouns", ())),
        instrument_nouns=frozenset(fold(r) for r in gaz["roles"].get("instrument_nouns", ())),
        department_nouns=frozenset(fold(r) for r in gaz["roles"].get("department_nouns", ())),
        assembly_nouns=frozenset(fold(r) for r in gaz["roles"].get("assembly_nouns", ())),
        honorifics=frozenset(fold(r) for r in gaz["roles"].get("honorifics", ())),
        rank_words=frozenset(fold(r) for r in gaz["roles"].get("rank_words", ())),
        faction_words=frozenset(fold(r) for r in gaz["roles"].get("faction_words", ())),
        postnominals=frozenset(gaz["roles"].get("postnominals", ())),
        region_adjectives=dict(gaz["roles"]["region_adjectives"]),
        generic_heads=frozenset(fold(w) for w in top.get("generic_heads", ())),
        complex_prepositions=frozenset(tuple(fold(w).split()) for w in top.get("complex_prepositions", ())
                                       if len(w.split()) == 3),
        nominalisations=dict(top.get("nominalisations", {})),
        reversal_synonyms=dict(top.get("reversal_synonyms", {})),
        reversals={k: v for k, v in top.get("reversals", {}).items() if isinstance(v, str)},
        reversal_nouns=frozenset(fold(w) for w in [*top.get("reversals", {}).get("reversal_nouns", ()),
                                                    *(v for v in top.get("reversals", {}).values() if isinstance(v, str))]),
        wrong_verbs=frozenset(cues.get("accusations", {}).get("verbs", ())),
        wrong_nouns=frozenset(cues.get("accusations", {}).get("nouns", ())),
        wrong_reporting=frozenset(cues.get("accusations", {}).get("reporting", ())),
        alleging=frozenset(cues.get("accusations", {}).get("alleging", ())),
        wrong_committing=frozenset(cues.get("accusations", {}).get("committing", ())),
        failing=frozenset(cues.get("accusations", {}).get("failing", ())),
        achievements=frozenset(cues.get("accusations", {}).get("achievements", ())),
        armed_verbs=frozenset(cues.get("armed", {}).get("verbs", ())),
        visits={n: frozenset(ps) for n, ps in cues.get("visits", {}).get("nouns", {}).items()},
        light_only=frozenset(cues["light_verbs"].get("only", ())),
        **{f"armed_{k}": frozenset(cues.get("armed", {}).get(k, ())) for k in ("subjects", "objects")},
        **{t: {k: frozenset(v) for k, v in cues.get(t, {}).items()} for t in ("headline_acts", "pledged_cooperation")},
        first_names=_name_list(ontology / "first_names.tsv"),
        family_first=frozenset(_name_list(ontology / "family_names.tsv")),
        home_aliases=home_aliases, demonym_forms=demonym_forms,
    )
