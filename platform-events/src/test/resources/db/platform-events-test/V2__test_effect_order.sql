-- The order in which the test consumer applied its events, to tell "applied in order" from "sorted afterwards".
ALTER TABLE test_effect ADD COLUMN applied_order bigserial;
