"""Question sets generated from a news article's facts.

The pipeline reads top to bottom, each stage a pure function of the one before:
ingest (HTML or text -> Article) -> nlp (sentences, spaCy entities) -> entities
(typed, one kind per name) -> facts (quotes, titles, pairs, roles, places, dates,
amounts) -> questions (several candidates per fact, with distractors) -> rank
(filter and keep the best). ``pipeline.generate_question_set`` runs it all.
"""
