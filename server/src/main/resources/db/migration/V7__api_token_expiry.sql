-- API tokens expire: after expires_at a token signs no one in, like a revoked one. Tokens issued before this
-- migration expire 30 days (the default lifetime) after they were issued, so that none lives forever.
-- (V7, not V6: V6 is kept for a migration being written at the same time.)

ALTER TABLE api_token ADD COLUMN expires_at timestamptz;
UPDATE api_token SET expires_at = issued_at + interval '30 days';
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE api_token ADD CONSTRAINT api_token_expires_after_issue CHECK (expires_at > issued_at);
