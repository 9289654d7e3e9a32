-- A callback the line accepted survives a restart: the number to call and the caller's language are kept with the
-- call's record until the callback ends, so that the next start queues it again (CallRecordEntity).
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CALLBACK_NUMBER VARCHAR(32);
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN LANGUAGE VARCHAR(8);
