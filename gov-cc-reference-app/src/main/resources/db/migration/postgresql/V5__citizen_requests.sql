-- Citizen requests through REST (issue 12): the new lifecycle's statuses, due dates, referrals, the request made
-- from a call, searches on indexed columns and idempotent creation.
-- WAITING_FOR_CITIZEN has 19 characters: the status columns grow to 32.
ALTER TABLE GOVCC_CASE ALTER COLUMN STATUS TYPE VARCHAR(32);
ALTER TABLE GOVCC_CASE_HISTORY ALTER COLUMN FROM_STATUS TYPE VARCHAR(32);
ALTER TABLE GOVCC_CASE_HISTORY ALTER COLUMN TO_STATUS TYPE VARCHAR(32);
-- OPEN is called NEW now (CaseStatus); the other stored statuses keep their names.
UPDATE GOVCC_CASE SET STATUS = 'NEW' WHERE STATUS = 'OPEN';
UPDATE GOVCC_CASE_HISTORY SET FROM_STATUS = 'NEW' WHERE FROM_STATUS = 'OPEN';
UPDATE GOVCC_CASE_HISTORY SET TO_STATUS = 'NEW' WHERE TO_STATUS = 'OPEN';
-- When a request becomes late, fixed at opening from its topic's requestDueDays (topics.json). Requests opened
-- before this version get the default, 50 calendar days, from their opening instant.
ALTER TABLE GOVCC_CASE ADD COLUMN DUE_AT TIMESTAMP(6) WITH TIME ZONE;
UPDATE GOVCC_CASE SET DUE_AT = OPENED_AT + INTERVAL '50 days';
ALTER TABLE GOVCC_CASE ALTER COLUMN DUE_AT SET NOT NULL;
-- A referral's other body and that body's reference, on the history entry that made it.
ALTER TABLE GOVCC_CASE_HISTORY ADD COLUMN REFERRAL_BODY VARCHAR(200);
ALTER TABLE GOVCC_CASE_HISTORY ADD COLUMN REFERRAL_REFERENCE VARCHAR(64);
-- Searches run in the database: newest first within the asker's topics, by period, by call (and so by the caller's
-- number, through the call's record). PostgreSQL does not index foreign keys by itself: a case's notes and history
-- are read by their case.
CREATE INDEX GOVCC_CASE_TOPIC_OPENED ON GOVCC_CASE (TOPIC_ID, OPENED_AT);
CREATE INDEX GOVCC_CASE_OPENED ON GOVCC_CASE (OPENED_AT);
CREATE INDEX GOVCC_CASE_CALL ON GOVCC_CASE (CALL_ID);
CREATE INDEX GOVCC_CALL_RECORD_CALLER ON GOVCC_CALL_RECORD (CALLER_NUMBER);
CREATE INDEX GOVCC_CASE_NOTE_CASE ON GOVCC_CASE_NOTE (CASE_NUMBER);
CREATE INDEX GOVCC_CASE_HISTORY_CASE ON GOVCC_CASE_HISTORY (CASE_NUMBER);
-- The request made from a call (the first, when several were), shown with the call's record.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN REQUEST_ID VARCHAR(128);
-- Idempotent creation: a retried POST with the same Idempotency-Key, by the same user, finds its first request.
CREATE TABLE GOVCC_REQUEST_KEY (ACTOR VARCHAR(128) NOT NULL, IDEMPOTENCY_KEY VARCHAR(128) NOT NULL, FINGERPRINT VARCHAR(64) NOT NULL, CASE_NUMBER BIGINT NOT NULL, CREATED_AT TIMESTAMP(6) WITH TIME ZONE NOT NULL, PRIMARY KEY (ACTOR, IDEMPOTENCY_KEY));
ALTER TABLE GOVCC_REQUEST_KEY ADD CONSTRAINT FK_GOVCC_REQUEST_KEY_CASE FOREIGN KEY (CASE_NUMBER) REFERENCES GOVCC_CASE (NUMBER);
