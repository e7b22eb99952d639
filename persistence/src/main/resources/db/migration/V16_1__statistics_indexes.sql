-- Indexes for the coordinator's statistics (StatisticsRepository), each leading with tenant_id and
-- then the date that picks a period's rows, with the other columns the query reads, so MariaDB
-- answers from the index alone (no look-up of the table's rows):
--   new requests per month and cases per municipality: support_case.opened_at (+ municipality);
--   notification -> interview per municipality: support_case.interview_on (+ notified_on, municipality);
--   decisions per outcome and application -> decision: decision.decided_on (+ outcome, case_id);
--   objections per outcome: objection.decision_dispatched_on (+ outcome).
-- Numbered 16.1 so that it runs after V16 (the intake queue, another branch) on every database.

CREATE INDEX ix_case_opened ON support_case (tenant_id, opened_at, municipality);
CREATE INDEX ix_case_interview ON support_case (tenant_id, interview_on, notified_on, municipality);
CREATE INDEX ix_decision_decided ON decision (tenant_id, decided_on, outcome, case_id);
CREATE INDEX ix_objection_decided ON objection (tenant_id, decision_dispatched_on, outcome);
