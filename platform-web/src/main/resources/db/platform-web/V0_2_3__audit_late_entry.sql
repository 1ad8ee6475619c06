-- A fact of a unit hierarchy that no longer holds (before the 2025 reform), entered after it by the province or by
-- the commune that holds the unit's land now.
ALTER TABLE audit_entry ADD COLUMN late_entry boolean NOT NULL DEFAULT false;
