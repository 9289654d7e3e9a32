-- Issue 14. A sealed line's caller who consents is called back in a window they chose as safe. Their number is kept
-- only sealed (AES-256-GCM under the credential store's callback-number key, opened by the SIP edge alone, to dial),
-- with the window, on the callback's own record until the callback ends (then erased, as CALLBACK_NUMBER is), so that
-- a restart queues it again.
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CALLBACK_SEALED VARCHAR(600);
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CALLBACK_FROM TIMESTAMP(6);
ALTER TABLE GOVCC_CALL_RECORD ADD COLUMN CALLBACK_UNTIL TIMESTAMP(6);
