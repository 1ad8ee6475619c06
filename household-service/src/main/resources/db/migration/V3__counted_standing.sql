-- The standing (class, DTTS membership, deprivations) last published for a household in the
-- deprivations-recognised event, as that event's JSON: the next recognised review's event takes it out of the
-- reports' counts before putting the new one in. Null until a review published one.
ALTER TABLE household ADD COLUMN counted_standing text;
