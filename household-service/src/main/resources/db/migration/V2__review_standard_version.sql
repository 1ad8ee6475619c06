-- The version of the standards data that classified a review (the standard's code and a digest of its entry), so a
-- review stays explained after an operator corrects a provisional figure. Reviews made before it was kept have none.
ALTER TABLE review ADD COLUMN standard_version varchar(60);
