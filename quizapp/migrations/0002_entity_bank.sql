-- Names seen in processed articles, by kind: distractors for the next article
-- when it names too few things of a kind itself.
CREATE TABLE entity_bank (
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 1,   -- how many articles named it
  last_seen TEXT NOT NULL,
  PRIMARY KEY (name, kind)
) WITHOUT ROWID;
CREATE INDEX entity_bank_by_kind ON entity_bank (kind, articles);
