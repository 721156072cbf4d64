"""A main verb the small model hung on the name a comma set off before it ("Their foreign affairs
spokesman, Sir Menzies Campbell, called again for an inquiry": "called" a participle, 'acl' of
"Campbell", the root the role noun "spokesman"): kg finds acts only on verbs with a subject. Read by
``kg.clause_repair``, which makes the verb a finite past and the root, the noun its subject."""
from __future__ import annotations


def apposed_verb(sent):
    """The verb and the root noun to be its subject, or None: a past form right after the comma
    closing an apposition of the root, with no subject of its own."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    for verb in sent:
        name = verb.head
        if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.pos_ == "VERB" and name.dep_ == "appos" \
                and name.head == root and name.i < verb.i and verb.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return verb, root
    return None

