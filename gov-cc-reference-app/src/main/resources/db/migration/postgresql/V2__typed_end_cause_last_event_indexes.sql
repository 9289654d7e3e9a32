-- How a call ended, as a code (CallEndCause: ENDED, REFUSED, INTERRUPTED); the human text stays in END_REASON.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN END_CAUSE VARCHAR(16);
-- When the records last heard of the call, in epoch milliseconds: after a crash the calls still open are closed
-- at the latest of these (the time of the crash's last record).
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN LAST_EVENT_MS BIGINT;
UPDATE GOVCC_CALL_RECORD SET END_CAUSE = 'REFUSED' WHERE REJECTED_REASON IS NOT NULL;
UPDATE GOVCC_CALL_RECORD SET END_CAUSE = 'ENDED' WHERE ENDED_AT IS NOT NULL AND END_CAUSE IS NULL;
-- Retention erases per line and period.
CREATE INDEX GOVCC_CALL_RECORD_LINE_SEEN ON GOVCC_CALL_RECORD (LINE_ID, FIRST_SEEN);
-- Crash recovery looks for the calls still open: few at any time.
CREATE INDEX GOVCC_CALL_RECORD_OPEN ON GOVCC_CALL_RECORD (CALL_ID) WHERE ENDED_AT IS NULL;
