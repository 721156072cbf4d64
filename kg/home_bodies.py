"""Home aliases an article writes as some other body's name: "the Congress party" (India's, not the
US Congress), "Peru's Congress", "the Philippine Senate", "the Congress of Peru" (another state's
chamber, not the US one, though the article names the United States further on)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.lexicon import Lexicon


def written_as_other(lex: Lexicon, text: str) -> set[str]:
    """The home aliases ``text`` writes as a party's name or as a chamber of another country."""
    low = text.lower()
    dropped = {alias for alias in (lex.home_aliases if " party" in low else ())
               if re.search(rf"(?<![\w.]){re.escape(alias)} party(?!\w)", text, re.IGNORECASE)}
    for alias, label in lex.home_aliases.items():
        bare = re.sub(r"^the ", "", alias)
        if alias in dropped or bare not in low:
            continue
        found = _other_body(lex, bare, lex.actors[label].country)
        if found is not None and found(text):
            dropped.add(alias)
    return dropped


def _other_body(lex: Lexicon, bare: str, home: str | None) -> Callable[[str], bool] | None:
    """Whether a text writes ``bare`` as another country's body ("Peru's Congress", "the Congress of Peru"),
    None without foreign names. The pattern, an alternation of every foreign name, is tried only where
    ``bare`` occurs: a search over the whole article had tried it at every character (written_as_other
    on train's 64 articles: 0.83 s of CPU, 0.27 s now, the same answers on 326 articles)."""
    key = ("other body", bare, home)
    if key not in lex.memo:
        names = _foreign_names(lex, home)
        if not names:
            lex.memo[key] = None
            return None
        pattern = re.compile(rf"(?<![\w.])(?:{names})(?:'s|’s)? {re.escape(bare)}(?!\w)"
                             rf"|(?<![\w.]){re.escape(bare)} of (?:the )?(?:{names})(?!\w)", re.IGNORECASE)
        at = re.compile(rf"(?={re.escape(bare)})", re.IGNORECASE)
        # a match ends with ``bare`` (a name, "'s" and a space before it at most) or starts with it
        reach = max(len(f) for f in names.split("|")) + len("’s ")  # escaped: never shorter

        def found(text: str) -> bool:
            return any(pattern.match(text, p) for m in at.finditer(text)
                       for p in range(max(0, m.start() - reach), m.start() + 1))
        lex.memo[key] = found
    return lex.memo[key]


def _foreign_names(lex: Lexicon, home: str | None) -> str:
    """A pattern of the names and demonyms of every country but ``home`` (kept in the lexicon's memo)."""
    key = ("foreign", home)
    if key not in lex.memo:
        forms = {f for a in lex.actors.values() if a.kind == "country" and a.label != home
                 for f in (a.label, *a.aliases)}
        forms |= {d for d, of in lex.demonym_forms.items() if of != home}
        forms = {f for f in forms if len(f) > 2}  # no bare "US"-like initials of two letters
        lex.memo[key] = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return lex.memo[key]
