CREATE TABLE probe_payment (
    id          uuid         PRIMARY KEY,
    commune     varchar(5)   NOT NULL,
    payee       varchar(300) NOT NULL,
    amount_vnd  bigint       NOT NULL,
    fund_type   varchar(20)  NOT NULL,
    value_date  date         NOT NULL
);
