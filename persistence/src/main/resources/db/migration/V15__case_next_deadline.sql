-- The coordinator's overview sorts and filters every case of an organisation by its nearest
-- deadline, which is computed in Java (CaseDeadlines, AllCaseDeadlines) and cannot be sorted in
-- SQL as such. So each case carries its next deadline that still asks for something, kept current
-- by DeadlineReminders for every case it looks at: at once when a case is opened or its dates,
-- decision or objection change, and in the morning pass over every open case (which also moves
-- "overdue" along as days pass). next_deadline_rule holds the DeadlineRule constant's name.
-- A closed case has none. Existing databases: the columns start empty (NULL / FALSE) and the
-- morning job (MorningJobs, run shortly after start-up) fills them for every open case.
-- Every index leads with tenant_id, for the overview's filters and its sort.

ALTER TABLE support_case
    ADD COLUMN next_deadline_on      DATE        NULL,
    ADD COLUMN next_deadline_rule    VARCHAR(40) NULL,
    ADD COLUMN next_deadline_overdue BOOLEAN     NOT NULL DEFAULT FALSE;

CREATE INDEX ix_case_next_deadline ON support_case (tenant_id, next_deadline_on);
CREATE INDEX ix_case_phase_next_deadline ON support_case (tenant_id, phase, next_deadline_on);
CREATE INDEX ix_case_municipality_next_deadline ON support_case (tenant_id, municipality, next_deadline_on);
CREATE INDEX ix_case_overdue_next_deadline ON support_case (tenant_id, next_deadline_overdue, next_deadline_on);
