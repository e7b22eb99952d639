-- The planned kitchen-table interview of a case (one per case). Tenant-owned.

CREATE TABLE interview_plan (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    planned_on       DATE         NOT NULL,
    planned_at       TIME         NULL,
    place            VARCHAR(20)  NOT NULL,
    location         VARCHAR(200) NULL,
    client_attends   BOOLEAN      NOT NULL DEFAULT TRUE,
    carer_attending  VARCHAR(200) NULL,
    officer_name     VARCHAR(200) NULL,
    officer_team     VARCHAR(200) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_interview_case (tenant_id, case_id),
    CONSTRAINT fk_interview_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_interview_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
