-- Issue 14. A sealed line's caller is kept as a keyed hash only (HMAC-SHA-256 under the credential store's
-- caller-number key, stored as v<version>:<64 hex digits>), so that one caller's calls can be linked without their
-- number. And each call record carries the end of its retention, set from the configuration when it is written (the
-- line's retention, or the shortest of all for a call refused before its line was known): the purge deletes by it.
-- Rows written before this version have none and are purged by their line's retention, as before.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CALLER_HASH VARCHAR(80);
CREATE INDEX GOVCC_CALL_RECORD_CALLER_HASH ON GOVCC_CALL_RECORD (CALLER_HASH);
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN RETAIN_UNTIL TIMESTAMP(6);
CREATE INDEX GOVCC_CALL_RECORD_RETAIN ON GOVCC_CALL_RECORD (RETAIN_UNTIL);
