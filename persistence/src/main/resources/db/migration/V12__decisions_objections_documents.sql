-- The municipality's decision on a case, the objection against it, and the documents kept on a
-- case (uploaded decision letters, letters the portal drew up). Tenant-owned: tenant_id NOT
-- NULL, every index leads with it, references include tenant_id. One decision and one objection
-- per case.

CREATE TABLE decision (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT         NOT NULL,
    case_id              BIGINT         NOT NULL,
    decided_on           DATE           NULL,
    dispatched_on        DATE           NULL,
    municipality_ref     VARCHAR(100)   NULL,
    outcome              VARCHAR(20)    NULL,
    provisions           VARCHAR(2000)  NULL,
    objection_clause     BOOLEAN        NOT NULL DEFAULT TRUE,
    default_sent_on      DATE           NULL,
    default_received_on  DATE           NULL,
    recorded_by          BIGINT         NOT NULL,
    recorded_at          DATETIME(6)    NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_decision_case (tenant_id, case_id),
    UNIQUE KEY uk_decision_tenant_id (tenant_id, id),
    CONSTRAINT fk_decision_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_decision_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objection (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id               BIGINT         NOT NULL,
    case_id                 BIGINT         NOT NULL,
    state                   VARCHAR(20)    NOT NULL,
    closed_from             VARCHAR(20)    NULL,
    pro_forma               BOOLEAN        NOT NULL DEFAULT FALSE,
    received_on             DATE           NULL,
    posted_on               DATE           NULL,
    late_excuse             VARCHAR(30)    NULL,
    late_excuse_text        VARCHAR(2000)  NULL,
    repair_requested_on     DATE           NULL,
    repair_due_on           DATE           NULL,
    grounds_filed_on        DATE           NULL,
    advisory_committee      BOOLEAN        NOT NULL DEFAULT FALSE,
    extended                BOOLEAN        NOT NULL DEFAULT FALSE,
    hearing_at              DATETIME       NULL,
    hearing_place           VARCHAR(200)   NULL,
    hearing_attendees       VARCHAR(500)   NULL,
    hearing_documents       VARCHAR(2000)  NULL,
    hearing_note            TEXT           NULL,
    default_sent_on         DATE           NULL,
    default_received_on     DATE           NULL,
    outcome                 VARCHAR(20)    NULL,
    decision_dispatched_on  DATE           NULL,
    appeal_filed_on         DATE           NULL,
    recorded_by             BIGINT         NOT NULL,
    recorded_at             DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_objection_case (tenant_id, case_id),
    UNIQUE KEY uk_objection_tenant_id (tenant_id, id),
    CONSTRAINT fk_objection_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_objection_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_document (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT        NOT NULL,
    public_id      VARCHAR(12)   NOT NULL,
    case_id        BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    doc_version    INT           NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    size_bytes     INT           NOT NULL,
    content        LONGBLOB      NOT NULL,
    bsn_suspected  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_document_public (tenant_id, public_id),
    UNIQUE KEY uk_case_document_version (tenant_id, case_id, kind, doc_version),
    CONSTRAINT fk_case_document_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_case_document_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The portal's deadline tasks (one per case and rule while open), like the report chase of V9.
ALTER TABLE case_task
    ADD COLUMN deadline_rule VARCHAR(40) NULL AFTER source,
    ADD COLUMN open_deadline_rule VARCHAR(60) AS
        (IF(source = 'DEADLINE' AND done_at IS NULL, CONCAT(case_id, ':', deadline_rule), NULL)) PERSISTENT,
    ADD UNIQUE KEY uk_task_open_deadline (tenant_id, open_deadline_rule);
