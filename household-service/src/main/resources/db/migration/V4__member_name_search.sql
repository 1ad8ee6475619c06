-- Officers find people by name as they type it, with or without diacritics: each member's name folded the way
-- platform-web's Unaccented folds it (marks dropped, đ as d, lower case, single spaces), searched by trigrams so that
-- a part of a name anywhere in it is found by an index, not a scan. unaccent folds the names already registered;
-- household-service folds every name it writes from now on. Both extensions ship with PostgreSQL and are trusted
-- (the database's owner creates them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

ALTER TABLE household_member ADD COLUMN name_folded varchar(200);
UPDATE household_member SET name_folded = btrim(regexp_replace(lower(unaccent(full_name)), '\s+', ' ', 'g'));
ALTER TABLE household_member ALTER COLUMN name_folded SET NOT NULL;

CREATE INDEX household_member_name ON household_member USING gin (name_folded gin_trgm_ops);
