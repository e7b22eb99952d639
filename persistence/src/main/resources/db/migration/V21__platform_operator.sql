-- The platform operator (issue 7): a role outside every organisation. Operators create
-- organisations, suspend and reactivate them and see counts only, never a client.
ALTER TABLE account ADD COLUMN platform_operator BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisation ADD COLUMN contact_email VARCHAR(254) NULL;
ALTER TABLE organisation ADD COLUMN region VARCHAR(100) NULL;
