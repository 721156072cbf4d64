"""Home aliases an article writes as some other body's name: "the Congress party" (India's, not the
US Congress), "Peru's Congress", "the Philippine Senate", "the Congress of Peru" (another state's
chamber, not the US one, though the article names the United States further on)."""
from __future__ import annotations

import re
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
        names = _foreign_names(lex, lex.actors[label].country)
        if names and re.search(rf"(?<![\w.])(?:{names})(?:'s|’s)? {re.escape(bare)}(?!\w)"
                               rf"|(?<![\w.]){re.escape(bare)} of (?:the )?(?:{names})(?!\w)", text, re.IGNORECASE):
            dropped.add(alias)
    return dropped


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
