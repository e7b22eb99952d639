-- Clients' privacy rights: erasure keeps an anonymous shell of the client (so cases stay counted in the
-- statistics) marked by erased_at; retention needs to know when a case was closed and how long the
-- organisation keeps closed cases.
ALTER TABLE client ADD COLUMN erased_at DATETIME(6) NULL;

-- When the case was last closed; NULL while open. Cases closed before this migration count as closed
-- now, so their retention period starts today and nothing is erased earlier than it should be.
ALTER TABLE support_case ADD COLUMN closed_at DATETIME(6) NULL;
UPDATE support_case SET closed_at = UTC_TIMESTAMP(6) WHERE phase = 'CLOSED';
-- When the case's content was erased (with its client, or by the retention job); the row stays for the counts.
ALTER TABLE support_case ADD COLUMN erased_at DATETIME(6) NULL;
CREATE INDEX ix_case_closed ON support_case (tenant_id, phase, closed_at);

ALTER TABLE organisation ADD COLUMN retention_months INT NOT NULL DEFAULT 24;
