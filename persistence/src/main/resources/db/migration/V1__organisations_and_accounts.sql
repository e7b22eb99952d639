-- Global tables: the tenants themselves and the login identities. No tenant_id here.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisation_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_membership (
    account_id       BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, organisation_id, role),
    KEY ix_membership_organisation (organisation_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed log-in attempts per identity (normalised e-mail, whether or not an account exists).
CREATE TABLE login_throttle (
    identity      VARCHAR(254) NOT NULL,
    failures      INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (identity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
