"""A word the narrator quotes inside its own sentence after a quotation ('"We need change," the senator
said, arguing that he will bring a "common-sense" approach') continues no run of the speaker's: the
statement on the quotation keeps its own offsets (attribution corpora mark the first quote alone)."""


def exported(st):
    span = st.quotation or st.quote
    return (span.start, span.end) if span is not None else None


def test_a_fragment_in_the_narrators_words_continues_no_run(extract, extract_learned):
    text = ('The senator spoke at a forum on Tuesday night.\n\n'
            '"We need change," the senator said, arguing that he will bring a "common-sense" approach '
            'to the job of governor.')
    start = text.index("We need change")
    for run in (extract, extract_learned):
        on_it = [st for st in run(text) if st.quote is not None and st.quote.start <= start < st.quote.end]
        assert on_it, on_it
        assert all(exported(st)[1] <= text.index('" the senator') + 1 for st in on_it), \
            [(st.relation.value, exported(st)) for st in on_it]


def test_a_run_after_a_comma_is_still_one_quotation(extract):
    # '"A," X said, "B."': B after the attribution's comma is the speaker's, however short
    text = ('"We need change," the senator said, "right now."')
    got = [st for st in extract(text) if st.quote is not None and st.quote.text.startswith("We need change")]
    assert got and all(exported(st)[1] >= text.index("right now") for st in got), \
        [(st.relation.value, exported(st)) for st in got]
