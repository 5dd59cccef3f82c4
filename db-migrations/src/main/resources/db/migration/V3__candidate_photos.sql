-- Candidate photos uploaded in the admin console. Kept in the database, not on one instance's disk,
-- so that every instance of a cluster serves them and a backup of the database holds them.
-- BYTEA is PostgreSQL's binary type; H2 knows it as an alias of BINARY VARYING.
CREATE TABLE candidate_photos (
    candidate_id  BIGINT PRIMARY KEY,
    content_type  VARCHAR(50)  NOT NULL,
    data          BYTEA        NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_candidate_photos_candidate FOREIGN KEY (candidate_id) REFERENCES candidates (id) ON DELETE CASCADE
);
