-- How a client prefers to be spoken to: language and way of contact.
ALTER TABLE client
    ADD COLUMN preferred_language VARCHAR(50) NULL AFTER email,
    ADD COLUMN contact_preference VARCHAR(20) NULL AFTER preferred_language;
