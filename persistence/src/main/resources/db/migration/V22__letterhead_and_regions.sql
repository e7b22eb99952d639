-- The admin's letterhead (issue 7): the organisation's name as printed, its postal address and a
-- logo (PNG or JPEG, at most 500 kB, checked by the portal), and the municipalities it serves.
-- One row per organisation, global like the organisation itself; the portal reaches only the
-- row of the organisation being worked in.
CREATE TABLE organisation_letterhead (
    organisation_id  BIGINT        NOT NULL,
    printed_name     VARCHAR(200)  NULL,
    postal_address   VARCHAR(500)  NULL,
    logo             MEDIUMBLOB    NULL,
    logo_type        VARCHAR(20)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_letterhead_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation_region (
    organisation_id  BIGINT        NOT NULL,
    municipality     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (organisation_id, municipality),
    CONSTRAINT fk_region_letterhead FOREIGN KEY (organisation_id) REFERENCES organisation_letterhead (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
