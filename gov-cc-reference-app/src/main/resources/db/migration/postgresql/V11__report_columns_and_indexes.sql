-- The ministry's reports (issue 13) are aggregate queries over the call records and the agents' states. They group by
-- time in plain integer arithmetic, the same SQL on H2 and PostgreSQL, so the times they group by are kept as epoch
-- milliseconds beside the timestamps (as LAST_EVENT_MS is).
-- When the call first entered a queue: the interval a call is reported in (offered, answered, abandoned there); null
-- for a call that never reached one. Rows from before this version take their first sight instead.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN QUEUED_MS BIGINT;
UPDATE GOVCC_CALL_RECORD SET QUEUED_MS = FLOOR(EXTRACT(EPOCH FROM FIRST_SEEN) * 1000)::BIGINT
    WHERE QUEUE_ID IS NOT NULL;
-- How many times an agent sent the call on (its legs that ended by a transfer).
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN TRANSFERS INTEGER DEFAULT 0 NOT NULL;
UPDATE GOVCC_CALL_RECORD r SET TRANSFERS = (SELECT COUNT(*) FROM GOVCC_CALL_LEG l
    WHERE l.CALL_ID = r.CALL_ID AND l.ENDED_BY = 'TRANSFERRED');
-- When the agent entered the state: occupancy is the time between an agent's rows.
ALTER TABLE GOVCC_AGENT_STATE ADD COLUMN AT_MS BIGINT;
UPDATE GOVCC_AGENT_STATE SET AT_MS = FLOOR(EXTRACT(EPOCH FROM AT) * 1000)::BIGINT;
ALTER TABLE GOVCC_AGENT_STATE ALTER COLUMN AT_MS SET NOT NULL;
-- When the agent left the state (the next state's AT_MS), null for the state they are in: a state's span is one row,
-- so the reports sum spans without a window function (a month's million states sorted per agent took a second).
ALTER TABLE GOVCC_AGENT_STATE ADD COLUMN ENDS_MS BIGINT;
UPDATE GOVCC_AGENT_STATE t SET ENDS_MS = x.N FROM (SELECT ID, LEAD(AT_MS) OVER (PARTITION BY AGENT_ID
    ORDER BY AT_MS, ID) AS N FROM GOVCC_AGENT_STATE) x WHERE t.ID = x.ID AND x.N IS NOT NULL;
-- A period's calls, all topics or one (the topic's queue first, for a report of one topic over a long period).
CREATE INDEX GOVCC_CALL_RECORD_QUEUED ON GOVCC_CALL_RECORD (QUEUED_MS, QUEUE_ID, LINE_ID);
CREATE INDEX GOVCC_CALL_RECORD_QUEUE_QUEUED ON GOVCC_CALL_RECORD (QUEUE_ID, QUEUED_MS);
-- A period's states.
CREATE INDEX GOVCC_AGENT_STATE_AT_MS ON GOVCC_AGENT_STATE (AT_MS);
-- The recorder closes an agent's open state when the next one begins.
CREATE INDEX GOVCC_AGENT_STATE_OPEN ON GOVCC_AGENT_STATE (AGENT_ID, ENDS_MS);
