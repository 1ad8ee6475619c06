-- A request is kept only until it is answered: its digest answers "was this message sent before?", its mode tells a
-- sync request from an async one under the same message id; what it searched (an identity number among them) is not
-- kept once the answer is made (the audit trail keeps a personal search, with its purpose).
ALTER TABLE dci_transaction ADD COLUMN mode varchar(5) NOT NULL DEFAULT 'async' CHECK (mode IN ('sync', 'async'));
ALTER TABLE dci_transaction ADD COLUMN request_digest varchar(64);
ALTER TABLE dci_transaction ALTER COLUMN request DROP NOT NULL;
UPDATE dci_transaction SET request_digest = encode(sha256(convert_to(request, 'UTF8')), 'hex') WHERE request IS NOT NULL;
UPDATE dci_transaction SET request = NULL WHERE completed_at IS NOT NULL;

-- One active subscription of a sender to one household or area, even when two requests race.
CREATE UNIQUE INDEX dci_subscription_one_active ON dci_subscription (sender_id, filter_type, filter_value)
    WHERE status = 'subscribe';
