-- Kenmon store, schema 2: API keys of the service (docs/service.md). Portable types only, as in V1.
--
-- A key is shown once, when it is made ('kenmon keys create'); only the SHA-256 of the whole key is
-- kept. key_id is the public part of the key (kenmon_<key_id>_<secret>), so a presented key is
-- looked up by it and its hash compared in constant time. Rows are sealed by the audit record
-- 'key.created' (id to created_by); revoked_at and revoked_by follow the record 'key.revoked', and
-- 'kenmon audit verify' reports a key whose revocation was undone by hand.
CREATE TABLE api_keys (
  id          BIGINT PRIMARY KEY,
  key_id      VARCHAR(32) NOT NULL,
  name        VARCHAR(200) NOT NULL,
  role        VARCHAR(20) NOT NULL CHECK (role IN ('viewer', 'screener', 'admin')),
  key_sha256  VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  audit_seq   BIGINT NOT NULL,
  revoked_at  TIMESTAMP WITH TIME ZONE,
  revoked_by  VARCHAR(200),
  CONSTRAINT api_keys_key_id UNIQUE (key_id),
  CONSTRAINT api_keys_audit UNIQUE (audit_seq)
);
