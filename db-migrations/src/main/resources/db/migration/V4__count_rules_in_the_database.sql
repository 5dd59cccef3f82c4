-- The rules of the count as constraints, so that no interleaving of writers (batches of one
-- instance, instances of a cluster) can break them. Portable SQL for PostgreSQL and H2 2.x.

-- A round per event: reset and clear votes move it on, and a vote checked under an earlier round is
-- refused when it is written, so nothing queued before a reset or a clear lands after it.
ALTER TABLE events ADD COLUMN vote_round INTEGER DEFAULT 0 NOT NULL;

-- The group of a cast yes or neutral: a device's (or a ballot code's) decision in a group. One per
-- group: a yes for one candidate (a no for the others) or a neutral for all; a no decides nothing.
ALTER TABLE votes ADD COLUMN decision_group INTEGER;
-- The address of a vote in an event that counts one vote per address (NULL otherwise).
ALTER TABLE votes ADD COLUMN ip_once VARCHAR(64);
-- The cast vote an automatic vote follows from; deleting the cast vote deletes what it implied.
ALTER TABLE votes ADD COLUMN cast_vote_id BIGINT;

-- Rows stored before these rules: the first vote of each kind keeps the rule's key, so the
-- constraints below can be added whatever an earlier version let through.
UPDATE votes SET decision_group = (
        SELECT ec.group_no FROM event_candidates ec
        WHERE ec.event_id = votes.event_id AND ec.candidate_id = votes.candidate_id)
    WHERE vote_type IN ('yes', 'neutral') AND NOT automatic AND NOT EXISTS (
        SELECT 1 FROM votes earlier
        JOIN event_candidates mine ON mine.event_id = votes.event_id AND mine.candidate_id = votes.candidate_id
        JOIN event_candidates theirs ON theirs.event_id = earlier.event_id AND theirs.candidate_id = earlier.candidate_id
        WHERE earlier.event_id = votes.event_id AND earlier.vote_type IN ('yes', 'neutral') AND NOT earlier.automatic
          AND earlier.id < votes.id AND theirs.group_no = mine.group_no
          AND (earlier.device_id = votes.device_id OR earlier.ballot_code = votes.ballot_code));

UPDATE votes SET ip_once = ip
    WHERE ip IS NOT NULL
      AND EXISTS (SELECT 1 FROM events e WHERE e.id = votes.event_id AND e.one_vote_per_ip)
      AND NOT EXISTS (
        SELECT 1 FROM votes earlier
        WHERE earlier.event_id = votes.event_id AND earlier.candidate_id = votes.candidate_id
          AND earlier.ip = votes.ip AND earlier.id < votes.id);

UPDATE votes SET cast_vote_id = (
        SELECT MIN(cast_vote.id) FROM votes cast_vote
        JOIN event_candidates mine ON mine.event_id = votes.event_id AND mine.candidate_id = votes.candidate_id
        JOIN event_candidates theirs ON theirs.event_id = cast_vote.event_id AND theirs.candidate_id = cast_vote.candidate_id
        WHERE cast_vote.event_id = votes.event_id AND cast_vote.device_id = votes.device_id
          AND NOT cast_vote.automatic AND theirs.group_no = mine.group_no
          AND ((cast_vote.vote_type = 'yes' AND votes.vote_type = 'no')
               OR (cast_vote.vote_type = 'neutral' AND votes.vote_type = 'neutral')))
    WHERE automatic;

ALTER TABLE votes ADD CONSTRAINT uq_votes_decision_device UNIQUE (event_id, decision_group, device_id);
ALTER TABLE votes ADD CONSTRAINT uq_votes_decision_code UNIQUE (event_id, decision_group, ballot_code);
ALTER TABLE votes ADD CONSTRAINT uq_votes_ip UNIQUE (event_id, candidate_id, ip_once);
ALTER TABLE votes ADD CONSTRAINT fk_votes_cast FOREIGN KEY (cast_vote_id) REFERENCES votes (id) ON DELETE CASCADE;
-- Only an automatic vote follows from another
ALTER TABLE votes ADD CONSTRAINT ck_votes_cast CHECK (cast_vote_id IS NULL OR automatic);
CREATE INDEX ix_votes_cast ON votes (cast_vote_id);
