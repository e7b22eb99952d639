-- The advisor's check of the municipality's interview report (differences found; signed,
-- responded or neither yet), and the portal's own task to chase a late report. Tenant-owned:
-- tenant_id NOT NULL, every index leads with it, references include tenant_id.
-- Independent of V8 (written in parallel): touches only support_case's keys and case_task.

CREATE TABLE report_check (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT       NOT NULL,
    case_id             BIGINT       NOT NULL,
    signed_status       VARCHAR(20)  NOT NULL,
    signed_on           DATE         NULL,
    responded_on        DATE         NULL,
    extra_conversation  BOOLEAN      NOT NULL DEFAULT FALSE,
    checked_by          BIGINT       NOT NULL,
    checked_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_check_case (tenant_id, case_id),
    UNIQUE KEY uk_report_check_tenant_id (tenant_id, id),
    CONSTRAINT fk_report_check_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_report_check_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
    -- checked_by names a global login identity; the service records the acting account.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_difference (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT         NOT NULL,
    check_id        BIGINT         NOT NULL,
    sort_order      INT            NOT NULL,
    report_says     VARCHAR(1000)  NOT NULL,
    said_or_agreed  VARCHAR(1000)  NULL,
    PRIMARY KEY (id),
    KEY ix_report_difference_check (tenant_id, check_id, sort_order),
    CONSTRAINT fk_report_difference_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_report_difference_check FOREIGN KEY (tenant_id, check_id) REFERENCES report_check (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tasks the portal closes by itself (a chase task once the report is in) say so; created_by /
-- done_by hold account 0 or NULL for the portal. At most one open chase task per case: the
-- generated column is the case id only for an open REPORT_CHASE task, NULL otherwise, and a
-- unique key allows any number of NULLs.
ALTER TABLE case_task
    ADD COLUMN closed_by_system BOOLEAN NOT NULL DEFAULT FALSE AFTER done_by,
    ADD COLUMN open_report_chase BIGINT AS (IF(source = 'REPORT_CHASE' AND done_at IS NULL, case_id, NULL)) PERSISTENT,
    ADD UNIQUE KEY uk_task_open_report_chase (tenant_id, open_report_chase);

-- The start page finds the latest task ticked off per case.
ALTER TABLE case_task ADD KEY ix_task_case_done (tenant_id, case_id, done_at);

-- The start page lists the interviews planned in the coming two weeks.
ALTER TABLE interview_plan ADD KEY ix_interview_planned_on (tenant_id, planned_on);
