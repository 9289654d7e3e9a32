-- Agents put callers on hold (the desktop's hold and take-back): each call record gains the time its caller spent on
-- hold, in all, and how many times it was held, so that the reports can split handling time into talk, hold and
-- after-call work. Rows written before this version were never held: 0 and 0.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN HOLD_MS BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN HOLDS INTEGER DEFAULT 0 NOT NULL;
