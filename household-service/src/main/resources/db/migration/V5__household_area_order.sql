-- The order officers page through an area's households in (commune, village, code): a search for a common name walks
-- it and stops once a page is full, instead of sorting every household the name matches.
CREATE INDEX household_area_order ON household (commune_code, village, code);
