-- What an agent did with a call, for the reports: when the agent was connected, how long they talked and wrapped up,
-- and the wrap-up code they recorded (or the queue's default when the time ran out). No call is put on hold yet, so
-- there is no hold time.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CONNECTED_AT TIMESTAMP(6);
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN TALK_MS BIGINT;
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN WRAP_UP_MS BIGINT;
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN WRAP_UP_CODE VARCHAR(64);
-- Every state an agent entered, with its reason (a break's) and call: the agents' time in state is the time between
-- their rows. Append-only.
CREATE TABLE GOVCC_AGENT_STATE (ID BIGINT NOT NULL, AGENT_ID VARCHAR(128) NOT NULL, AT TIMESTAMP(6) NOT NULL,
    STATE VARCHAR(16) NOT NULL, REASON VARCHAR(128), CALL_ID VARCHAR(128), PRIMARY KEY (ID));
CREATE INDEX GOVCC_AGENT_STATE_AT ON GOVCC_AGENT_STATE (AT);
CREATE INDEX GOVCC_AGENT_STATE_AGENT ON GOVCC_AGENT_STATE (AGENT_ID, AT);
CREATE SEQUENCE GOVCC_AGENT_STATE_SEQ INCREMENT BY 50 START WITH 50;
