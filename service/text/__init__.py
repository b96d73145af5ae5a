"""The text layer: what a text states, read once, for ingest and for the dossier steps alike.

    extract   numbers and amounts, dates, negations, names, place slots (one pass of patterns)
    dates     dates as days: the publication day, a passage's most precise date, a claim's span
    events    the event each sentence of an article reports (when, where)
    places    place phrases with what they locate (ISO country and province names: pycountry)
    roles     positions ("secretary general of X")
    sources   credits resolved within an article, and whether two credits are one source
    quotes    quoted words
    answers   a short answer read with its question
    facts     the one entry point: read_article, and the stored JSON of a passage's facts
"""
