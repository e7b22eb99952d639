-- Online booking: members book an advisor on the organisation's public page. An appointment
-- belongs to the intake request the booking became; its manage link is kept only as a SHA-256
-- hash. A generated column holds the start of every booked (not cancelled) appointment, so the
-- database itself refuses a second booking of the same advisor at the same start; overlapping
-- starts are refused by the service under a row lock on the advisor's profile.
-- Organisation settings for the booking page and the advisors' private calendar feed tokens.
-- postcode_range is global reference data: 4-digit postcode areas to municipalities.

ALTER TABLE organisation
    ADD COLUMN booking_confirmation VARCHAR(20)  NOT NULL DEFAULT 'COORDINATOR_FIRST',
    ADD COLUMN brand_colour         CHAR(7)      NOT NULL DEFAULT '#1F5F8B',
    ADD COLUMN booking_intro        VARCHAR(1000) NULL,
    ADD COLUMN office_address       VARCHAR(200) NULL,
    ADD COLUMN phone                VARCHAR(30)  NULL;

ALTER TABLE advisor_profile
    ADD COLUMN feed_token VARCHAR(64) NULL,
    ADD UNIQUE KEY uk_advisor_profile_feed (tenant_id, feed_token);

CREATE TABLE appointment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT        NOT NULL,
    public_id           VARCHAR(12)   NOT NULL,
    request_id          BIGINT        NULL,
    advisor_account_id  BIGINT        NOT NULL,
    meeting_mode        VARCHAR(20)   NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    ends_at             DATETIME(6)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    sequence_no         INT           NOT NULL DEFAULT 0,
    manage_token_hash   CHAR(64)      NOT NULL,
    manage_until        DATETIME(6)   NOT NULL,
    booked_at           DATETIME(6)   NOT NULL,
    changed_at          DATETIME(6)   NULL,
    cancelled_by        VARCHAR(20)   NULL,
    booked_start        DATETIME(6)   AS (IF(status = 'BOOKED', starts_at, NULL)) PERSISTENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_appointment_public_id (tenant_id, public_id),
    UNIQUE KEY uk_appointment_tenant_id (tenant_id, id),
    UNIQUE KEY uk_appointment_token (tenant_id, manage_token_hash),
    UNIQUE KEY uk_appointment_slot (tenant_id, advisor_account_id, booked_start),
    KEY ix_appointment_week (tenant_id, starts_at),
    KEY ix_appointment_advisor (tenant_id, advisor_account_id, starts_at),
    KEY ix_appointment_request (tenant_id, request_id),
    CONSTRAINT fk_appointment_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_appointment_request FOREIGN KEY (tenant_id, request_id) REFERENCES intake_request (tenant_id, id),
    CONSTRAINT fk_appointment_advisor FOREIGN KEY (tenant_id, advisor_account_id)
        REFERENCES advisor_profile (tenant_id, account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE postcode_range (
    from_area          CHAR(4)  NOT NULL,
    to_area            CHAR(4)  NOT NULL,
    municipality_code  CHAR(6)  NOT NULL,
    PRIMARY KEY (from_area, municipality_code),
    KEY ix_postcode_range_to (to_area),
    CONSTRAINT fk_postcode_range_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The areas of the province of Utrecht's central municipalities, where the demo organisations
-- work. An operator extends this table from CBS's postcode-to-municipality file; a member whose
-- area is not listed picks the municipality from the list.
INSERT INTO postcode_range (from_area, to_area, municipality_code) VALUES
    ('3701', '3712', 'GM0355'),
    ('3720', '3739', 'GM0310'),
    ('3451', '3455', 'GM0344'),
    ('3500', '3585', 'GM0344'),
    ('3430', '3439', 'GM0356'),
    ('3990', '3998', 'GM0321'),
    ('3980', '3985', 'GM0312'),
    ('3811', '3829', 'GM0307'),
    ('3760', '3769', 'GM0342'),
    ('3940', '3941', 'GM1581'),
    ('3950', '3959', 'GM1581'),
    ('3970', '3972', 'GM1581');
