-- Kenmon store, schema 1 (docs/store.md). One script for H2 (MODE=PostgreSQL) and PostgreSQL, so
-- only portable types: BIGINT, INTEGER, VARCHAR, TEXT, DATE, TIMESTAMP WITH TIME ZONE. No JSON
-- column types: the audit chain hashes JSON text exactly as written, and PostgreSQL's JSONB would
-- reorder its keys. No identity columns either: ids are given out under the audit head lock (every
-- writing transaction takes it first), so they are dense and the same on both databases.
--
-- Every row of data_states, verdicts, holds and hold_events names the audit record that recorded
-- it (audit_seq); that record's payload carries the row's content hash, which is how
-- 'kenmon audit verify' finds a row edited or deleted by hand.

-- The data a verdict was judged against. state_key is the SHA-256 of the canonical JSON of the
-- columns from engine to rates_hash (DataState.key); a hold screened against the current state_key
-- is not screened again.
CREATE TABLE data_states (
  id             BIGINT PRIMARY KEY,
  state_key      VARCHAR(64) NOT NULL,
  engine         VARCHAR(200) NOT NULL,
  regimes_hash   VARCHAR(64) NOT NULL,
  list_labels    TEXT NOT NULL,          -- JSON array of list version labels, in matching order
  agreement_id   VARCHAR(200),           -- the agreement applied (what-if); null: none
  issuers        TEXT NOT NULL,          -- JSON array, sorted; [] means every loaded issuer
  rates_hash     VARCHAR(64),            -- SHA-256 of the exchange-rate file given; null: none
  first_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  audit_seq      BIGINT NOT NULL,
  CONSTRAINT data_states_key UNIQUE (state_key),
  CONSTRAINT data_states_audit UNIQUE (audit_seq)
);

-- One 'kenmon screen --hold' or one rescreen of the holds. A run killed before its end keeps
-- finished_at null; running again starts a new run, which skips what the killed one stored.
CREATE TABLE screening_runs (
  id              BIGINT PRIMARY KEY,
  kind            VARCHAR(20) NOT NULL CHECK (kind IN ('screen', 'rescreen')),
  actor           VARCHAR(200) NOT NULL,
  state_key       VARCHAR(64) NOT NULL REFERENCES data_states (state_key),
  as_of           DATE,                  -- the fixed date of judgement; null: each transaction's own
  inputs          TEXT,                  -- what was read, for people
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE,
  read_count      BIGINT,
  rejected_count  BIGINT,
  stored_count    BIGINT,                -- verdicts written by this run
  skipped_count   BIGINT,                -- verdicts already stored by an earlier run
  held_count      BIGINT,                -- holds created (screen) or kept (rescreen)
  released_count  BIGINT
);

-- Each verdict once per transaction record, date of judgement and data state.
CREATE TABLE verdicts (
  id              BIGINT PRIMARY KEY,
  run_id          BIGINT NOT NULL REFERENCES screening_runs (id),
  transaction_id  VARCHAR(1000) NOT NULL,
  input_hash      VARCHAR(64) NOT NULL,  -- SHA-256 of the record as read (the stamp shows 16 hex)
  as_of           DATE NOT NULL,
  state_key       VARCHAR(64) NOT NULL REFERENCES data_states (state_key),
  outcome         VARCHAR(20) NOT NULL,
  verdict_json    TEXT NOT NULL,         -- docs/transactions.md's verdict JSON, stamp included
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  audit_seq       BIGINT NOT NULL,
  CONSTRAINT verdicts_once UNIQUE (transaction_id, input_hash, as_of, state_key),
  CONSTRAINT verdicts_audit UNIQUE (audit_seq)
);

-- A transaction kept from going ahead: identified by (transaction_id, input_hash). The columns up
-- to audit_seq never change; status to updated_at are those of the latest event.
CREATE TABLE holds (
  id                BIGINT PRIMARY KEY,
  transaction_id    VARCHAR(1000) NOT NULL,
  input_hash        VARCHAR(64) NOT NULL,
  transaction_type  VARCHAR(20) NOT NULL,
  transaction_date  DATE NOT NULL,
  as_of             DATE,                -- the --as-of it is judged on; null: its own date
  source            VARCHAR(2000),       -- file:line it was read from
  transaction_json  TEXT NOT NULL,       -- the transaction, readable by JsonTransactionParser
  held_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  audit_seq         BIGINT NOT NULL,
  status            VARCHAR(10) NOT NULL CHECK (status IN ('HELD', 'RELEASED')),
  state_key         VARCHAR(64) NOT NULL REFERENCES data_states (state_key),
  verdict_id        BIGINT NOT NULL REFERENCES verdicts (id),
  outcome           VARCHAR(20) NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT holds_once UNIQUE (transaction_id, input_hash),
  CONSTRAINT holds_audit UNIQUE (audit_seq)
);
CREATE INDEX holds_by_status ON holds (status, id);

-- What happened to a hold, each with the verdict that caused it: HELD (first screening),
-- RESCREENED (screened against new data, still held), RELEASED (now lawful), RELEASED_BY_HAND
-- (actor and reason given by a person; verdict_id is the verdict they overrode).
CREATE TABLE hold_events (
  id           BIGINT PRIMARY KEY,
  hold_id      BIGINT NOT NULL REFERENCES holds (id),
  kind         VARCHAR(20) NOT NULL CHECK (kind IN ('HELD', 'RESCREENED', 'RELEASED', 'RELEASED_BY_HAND')),
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  reason       TEXT,
  run_id       BIGINT REFERENCES screening_runs (id),
  verdict_id   BIGINT NOT NULL REFERENCES verdicts (id),
  state_key    VARCHAR(64) NOT NULL REFERENCES data_states (state_key),
  outcome      VARCHAR(20) NOT NULL,
  audit_seq    BIGINT NOT NULL,
  CONSTRAINT hold_events_audit UNIQUE (audit_seq)
);
CREATE INDEX hold_events_by_hold ON hold_events (hold_id, id);

-- The append-only, hash-chained log: hash = SHA-256(prev_hash + "\n" + canonical form), where the
-- canonical form is the JSON array ["kenmon-audit-1", seq, recorded_at, actor, action, subject,
-- payload] (AuditRecord.canonical). Sequence numbers have no gaps.
CREATE TABLE audit_log (
  seq          BIGINT PRIMARY KEY,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  action       VARCHAR(50) NOT NULL,
  subject      VARCHAR(200),
  payload      TEXT NOT NULL,
  prev_hash    VARCHAR(64) NOT NULL,
  hash         VARCHAR(64) NOT NULL,
  CONSTRAINT audit_log_hash UNIQUE (hash)
);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);

-- The end of the chain, one row. Every writing transaction locks it first (SELECT ... FOR UPDATE),
-- which serialises writers, and moves it with the records it appends; verify compares it with the
-- last record, which catches records deleted from the end.
CREATE TABLE audit_head (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq   BIGINT NOT NULL,
  last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
