-- Issue 15. Why a call ended, as a type (org.govcc.api.call.EndReason's code: caller-hung-up, agent-hung-up,
-- ended-by-ivr, transferred-out, not-queued, callback-failed, callback-window-closed, callback-unavailable,
-- line-failed, other) beside END_REASON's words, so that reports and queries count reasons without parsing English.
-- Rows from before keep it null, as do refused and interrupted calls (END_CAUSE says those).
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN END_CODE VARCHAR(32);
