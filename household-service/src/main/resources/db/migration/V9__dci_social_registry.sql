-- The DCI Social Registry API: the systems registered to call it, their transactions, their subscriptions, and the
-- callbacks and notifications owed to them (an outbox of HTTP deliveries, retried until delivered or expired).

-- A registered system: who it is (its DCI sender_id and the token user it authenticates as), the key its messages are
-- signed with, what it may see (areas, attributes, the legal basis for personal ones) and where answers may go.
CREATE TABLE dci_system (
    sender_id        varchar(99)  PRIMARY KEY,
    name             varchar(200) NOT NULL,
    client_id        varchar(200) NOT NULL UNIQUE,
    public_key_jwk   text         NOT NULL,
    key_id           varchar(99)  NOT NULL,
    areas            text         NOT NULL,
    attributes       text         NOT NULL,
    legal_basis      text,
    callback_uris    text         NOT NULL,
    notify_uri       varchar(2000),
    active           boolean      NOT NULL,
    registered_by    varchar(200) NOT NULL,
    registered_at    timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          integer      NOT NULL
);

-- A request received: the sender's ids, ours (correlation_id), and the outcome of each of its items — never the
-- records answered, which may be personal data (the transaction status gives statuses only).
CREATE TABLE dci_transaction (
    correlation_id   varchar(99)  PRIMARY KEY,
    sender_id        varchar(99)  NOT NULL REFERENCES dci_system (sender_id),
    message_id       varchar(200) NOT NULL,
    transaction_id   varchar(99)  NOT NULL,
    action           varchar(20)  NOT NULL,
    status           varchar(10)  NOT NULL CHECK (status IN ('rcvd', 'pdng', 'succ', 'rjct')),
    request          text         NOT NULL,
    outcome          text,
    received_at      timestamptz  NOT NULL,
    completed_at     timestamptz,
    UNIQUE (sender_id, message_id)
);
CREATE INDEX dci_transaction_sender_txn ON dci_transaction (sender_id, transaction_id);

CREATE TABLE dci_subscription (
    code               varchar(99)  PRIMARY KEY,
    sender_id          varchar(99)  NOT NULL REFERENCES dci_system (sender_id),
    reference_id       varchar(200) NOT NULL,
    reg_event_type     varchar(50)  NOT NULL,
    filter_type        varchar(20)  NOT NULL CHECK (filter_type IN ('AREA', 'HOUSEHOLD_ID')),
    filter_value       varchar(50)  NOT NULL,
    notify_record_type varchar(50)  NOT NULL,
    status             varchar(12)  NOT NULL CHECK (status IN ('subscribe', 'unsubscribe')),
    subscribed_at      timestamptz  NOT NULL,
    unsubscribed_at    timestamptz
);
CREATE INDEX dci_subscription_active ON dci_subscription (status, filter_type, filter_value);

-- What is owed to a system's URI: an answer to an async request (body built once the request is processed) or a
-- notification. Signed afresh at each attempt; the body of a delivered one is dropped, the row kept as its receipt.
CREATE TABLE dci_delivery (
    id               uuid         PRIMARY KEY,
    sender_id        varchar(99)  NOT NULL REFERENCES dci_system (sender_id),
    kind             varchar(20)  NOT NULL,
    correlation_id   varchar(99),
    subscription     varchar(99),
    event_id         uuid,
    target_uri       varchar(2000) NOT NULL,
    body             text,
    personal         boolean      NOT NULL DEFAULT false,
    status           varchar(12)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'UNDELIVERED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    give_up_at       timestamptz  NOT NULL,
    last_error       text,
    created_at       timestamptz  NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (subscription, event_id)
);
CREATE INDEX dci_delivery_due ON dci_delivery (next_attempt_at) WHERE status = 'PENDING';
