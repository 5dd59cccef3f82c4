-- Ballot codes: one-time voter codes an admin prints for an event. A device can be reset by clearing
-- the browser's storage; a code cannot, so events that require codes count one vote per code.

ALTER TABLE events ADD COLUMN requires_codes BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE ballot_codes_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ballot_codes (
    id              BIGINT PRIMARY KEY,
    event_id        BIGINT      NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    code            VARCHAR(32) NOT NULL,
    -- The device that entered the code first; the code is refused on any other device
    device_id       VARCHAR(128),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_ballot_codes UNIQUE (event_id, code)
);

ALTER TABLE votes ADD COLUMN ballot_code VARCHAR(32);
-- NULLs are distinct: events without codes are not constrained by this
ALTER TABLE votes ADD CONSTRAINT uq_votes_code UNIQUE (event_id, candidate_id, ballot_code);
