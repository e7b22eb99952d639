-- Offboarding an organisation (issue 7): the platform operator starts it; the organisation's admins
-- get a link to a full export; after the waiting period every row of the organisation is deleted.
-- Global like the organisation row, which stays behind (status OFFBOARDED) so the slug is never
-- reused for another organisation and the record below keeps pointing at something.
CREATE TABLE organisation_offboarding (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    requested_by     BIGINT       NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    purge_after      DATETIME(6)  NOT NULL,
    cancelled_at     DATETIME(6)  NULL,
    cancelled_by     BIGINT       NULL,
    purged_at        DATETIME(6)  NULL,
    rows_deleted     BIGINT       NULL,
    purge_summary    TEXT         NULL,
    export_downloads INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_offboarding_organisation (organisation_id),
    KEY ix_offboarding_due (purged_at, cancelled_at, purge_after),
    CONSTRAINT fk_offboarding_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One download link per recipient (the organisation's admins and its contact address); the secret is
-- kept only as its SHA-256. Deleted with the organisation's data: the addresses are personal.
CREATE TABLE offboarding_export_link (
    offboarding_id    BIGINT       NOT NULL,
    email             VARCHAR(254) NOT NULL,
    token_hash        CHAR(64)     NOT NULL,
    downloads         INT          NOT NULL DEFAULT 0,
    last_download_at  DATETIME(6)  NULL,
    PRIMARY KEY (offboarding_id, email),
    UNIQUE KEY uk_offboarding_token (token_hash),
    CONSTRAINT fk_export_link_offboarding FOREIGN KEY (offboarding_id) REFERENCES organisation_offboarding (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
