-- A call an agent transferred has more than one leg: each agent who talked with the caller, from when to when, and
-- how the leg ended (transferred, or the call ended). The call record's talk time is the sum of its legs.
CREATE TABLE GOVCC_CALL_LEG (ID BIGINT NOT NULL, CALL_ID VARCHAR(128) NOT NULL, AGENT_ID VARCHAR(128) NOT NULL,
    CONNECTED_AT TIMESTAMP(6) NOT NULL, ENDED_AT TIMESTAMP(6), ENDED_BY VARCHAR(16), PRIMARY KEY (ID));
CREATE INDEX GOVCC_CALL_LEG_CALL ON GOVCC_CALL_LEG (CALL_ID, CONNECTED_AT);
CREATE SEQUENCE GOVCC_CALL_LEG_SEQ INCREMENT BY 50 START WITH 50;
