"""The figures: one period's records loaded once, and every number shown about them.

`load` reads a span of the journal once, through the indexed Core tables of
`steady.tables`, into the plain records of `records`; `core` computes every figure the
review, `review --json`, the Markdown and HTML report and the csv show; `words` says
them, for the screen and the page alike. Nothing else in steady computes a figure, so
the review and the report cannot disagree. The definitions are in docs/review.md.
"""
