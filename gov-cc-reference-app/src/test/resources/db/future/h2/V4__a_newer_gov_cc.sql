-- A migration this build does not ship: it stands for a newer gov-cc that has upgraded the database.
CREATE TABLE GOVCC_FROM_THE_FUTURE (ID BIGINT NOT NULL, PRIMARY KEY (ID));
