-- The tamper-evident audit trail (org.govcc.reference.audit): one row per entry, numbered from 1 without gaps, each
-- carrying the HMAC-SHA-256 (under the credential store's audit-chain key of KEY_VERSION) of its own fields and of
-- the previous entry's HASH, so that altering, removing or inserting an entry breaks the chain where it was done.
CREATE TABLE GOVCC_AUDIT (SEQ BIGINT NOT NULL, ACTOR VARCHAR(128) NOT NULL, ACTOR_ROLE VARCHAR(128) NOT NULL,
    AT TIMESTAMP(6) WITH TIME ZONE NOT NULL, ACTION VARCHAR(16) NOT NULL, SUBJECT_TYPE VARCHAR(32) NOT NULL,
    SUBJECT_ID VARCHAR(128) NOT NULL, REASON VARCHAR(1000) NOT NULL, RETAIN_UNTIL TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    KEY_VERSION INTEGER NOT NULL, PREV_HASH VARCHAR(64) NOT NULL, HASH VARCHAR(64) NOT NULL, PRIMARY KEY (SEQ));
CREATE INDEX GOVCC_AUDIT_SUBJECT ON GOVCC_AUDIT (SUBJECT_TYPE, SUBJECT_ID);
CREATE INDEX GOVCC_AUDIT_RETAIN ON GOVCC_AUDIT (RETAIN_UNTIL);
-- The chain's head, one row: the last entry's number and hash (and where the chain starts, which a purge of expired
-- entries moves). Every append locks it (SELECT ... FOR UPDATE) and updates it in the append's transaction, so that
-- appends are serialised and the chain never forks; HEAD_MAC authenticates it, so that removing the last entries
-- is seen. Its values before the first append: an empty chain.
CREATE TABLE GOVCC_AUDIT_HEAD (ID INTEGER NOT NULL, LAST_SEQ BIGINT NOT NULL, LAST_HASH VARCHAR(64) NOT NULL,
    FIRST_SEQ BIGINT NOT NULL, FIRST_PREV_HASH VARCHAR(64) NOT NULL, KEY_VERSION INTEGER, HEAD_MAC VARCHAR(64),
    PRIMARY KEY (ID));
INSERT INTO GOVCC_AUDIT_HEAD (ID, LAST_SEQ, LAST_HASH, FIRST_SEQ, FIRST_PREV_HASH)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1,
    '0000000000000000000000000000000000000000000000000000000000000000');
