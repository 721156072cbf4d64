"""A name's main verb the small model read as a participle on the last noun of the name's relative
clause: "Greek Prime Minister Alexis Tsipras, whose islands would bear the brunt of any new influx,
called on both sides to show restraint" ("called" a past participle, an 'acl' of "influx"; the name
the sentence's root). Read by ``kg.clause_repair``, which makes the verb the root."""
from __future__ import annotations

RELATIVES = frozenset({"whose", "who", "which"})
OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "auxpass"})


def relative_past(sent):
    """The verb and the name (the root) it should have for subject, the verb now tagged a past
    tense; or None. The verb follows a comma, the relative clause opens right after the name's
    comma and the verb hangs inside it or on the name after it ("Grzegorz Braun, who finished fourth,
    called on his supporters not to vote for Trzaskowski": probe39a), and the verb has no subject or
    passive of its own."""
    root = sent.root
    if root.pos_ != "PROPN":
        return None
    rel = next((c for c in root.children if c.dep_ == "relcl"), None)
    if rel is None or rel.left_edge.lower_ not in RELATIVES or rel.left_edge.i != root.i + 2:
        return None
    for verb in sent:
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.i > rel.i and verb.doc[verb.i - 1].text == "," \
                and (rel in verb.ancestors or verb.head == root and verb.i > rel.right_edge.i) \
                and not any(c.dep_ in OWN_SUBJECTS for c in verb.children):
            verb.tag_ = "VBD"
            verb.set_morph("Tense=Past|VerbForm=Fin")  # (the lemmatizer, next, reads a verb's form from it)
            return verb, root
    return None
