-- A mail of the outbox may carry one iCalendar attachment (the invitation to a booked
-- appointment, its update or its cancellation): its iTIP method and its text, both or neither.
-- Numbered 17.1 so that it runs after V17 (booking, another branch) on every database.

ALTER TABLE mail_outbox
    ADD COLUMN calendar_method VARCHAR(10) NULL,
    ADD COLUMN calendar_ics    MEDIUMTEXT  NULL,
    ADD CONSTRAINT ck_outbox_calendar CHECK ((calendar_method IS NULL) = (calendar_ics IS NULL));
