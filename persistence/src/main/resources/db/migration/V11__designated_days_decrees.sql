-- Designated days (Atw art. 3 lid 3) as the royal decree set them for a year, where an operator
-- corrected the default pattern. Global: the law is the same for every organisation.

CREATE TABLE designated_days_decree (
    decree_year  INT          NOT NULL,
    days         VARCHAR(400) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    recorded_by  VARCHAR(254) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (decree_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
