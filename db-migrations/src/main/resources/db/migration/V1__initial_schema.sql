-- The first schema of Ovoz. Portable SQL: it runs unchanged on PostgreSQL and on H2 2.x.
-- Never edit a released migration: add V2__... instead.

-- Ids come from sequences that hand out blocks of 50 (JPA allocationSize = 50): one round trip per
-- 50 new rows, and inserts can be sent to the database as JDBC batches. EclipseLink takes a value
-- N as the last of the block N-49..N, hence START WITH 50.
CREATE SEQUENCE candidates_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE events_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_candidates_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE votes_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE admin_users_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_users_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_rooms_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_participants_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chat_messages_seq START WITH 50 INCREMENT BY 50;

-- Live voting ---------------------------------------------------------------------------------

CREATE TABLE candidates (
    id              BIGINT PRIMARY KEY,
    full_name       VARCHAR(200)  NOT NULL,
    image           VARCHAR(500),
    which_position  VARCHAR(300),
    degree          VARCHAR(200),
    description     VARCHAR(4000),
    election_time   VARCHAR(100),
    -- Set for candidates imported from an external registry (HEMIS); such rows cannot be deleted by hand
    external_id     VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_candidates_external_id UNIQUE (external_id)
);

CREATE TABLE events (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    link                VARCHAR(64)  NOT NULL,
    duration_sec        INTEGER      NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    current_index       INTEGER,
    timer_started_at    TIMESTAMP WITH TIME ZONE,
    timer_ends_at       TIMESTAMP WITH TIME ZONE,
    hide_tally          BOOLEAN      NOT NULL DEFAULT FALSE,
    one_vote_per_ip     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_events_link UNIQUE (link),
    CONSTRAINT ck_events_status CHECK (status IN ('PENDING', 'ACTIVE', 'FINISHED', 'ARCHIVED')),
    CONSTRAINT ck_events_duration CHECK (duration_sec > 0)
);

CREATE TABLE event_candidates (
    id              BIGINT PRIMARY KEY,
    event_id        BIGINT  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    candidate_id    BIGINT  NOT NULL REFERENCES candidates (id),
    sort_order      INTEGER NOT NULL,
    -- Candidates of one event sharing a group number compete for one position
    group_no        INTEGER,
    CONSTRAINT uq_event_candidates UNIQUE (event_id, candidate_id)
);
CREATE INDEX ix_event_candidates_order ON event_candidates (event_id, sort_order);
CREATE INDEX ix_event_candidates_candidate ON event_candidates (candidate_id);

CREATE TABLE votes (
    id              BIGINT PRIMARY KEY,
    event_id        BIGINT      NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    candidate_id    BIGINT      NOT NULL REFERENCES candidates (id),
    vote_type       VARCHAR(8)  NOT NULL,
    device_id       VARCHAR(128) NOT NULL,
    ip              VARCHAR(64),
    nonce           VARCHAR(128),
    -- A vote recorded for a group peer as the consequence of a vote for another candidate
    automatic       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The old system checked duplicates with a query only; here the database enforces one vote per device
    CONSTRAINT uq_votes_device UNIQUE (event_id, candidate_id, device_id),
    CONSTRAINT ck_votes_type CHECK (vote_type IN ('yes', 'no', 'neutral'))
);
CREATE INDEX ix_votes_ip ON votes (event_id, candidate_id, ip);
CREATE INDEX ix_votes_type ON votes (event_id, candidate_id, vote_type);
CREATE INDEX ix_votes_candidate ON votes (candidate_id);

CREATE TABLE admin_users (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_admin_users_username UNIQUE (username)
);

-- Chat ------------------------------------------------------------------------------------------

CREATE TABLE chat_users (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_chat_users_username UNIQUE (username)
);

CREATE TABLE chat_rooms (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    created_by      BIGINT       NOT NULL REFERENCES chat_users (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE chat_participants (
    id              BIGINT PRIMARY KEY,
    room_id         BIGINT NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES chat_users (id),
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_chat_participants UNIQUE (room_id, user_id)
);
CREATE INDEX ix_chat_participants_user ON chat_participants (user_id);

CREATE TABLE chat_messages (
    id              BIGINT PRIMARY KEY,
    room_id         BIGINT        NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
    sender_id       BIGINT        NOT NULL REFERENCES chat_users (id),
    content         VARCHAR(4000) NOT NULL,
    -- The sender's idempotency key: a resent message is stored once
    client_msg_id   VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_chat_messages_client UNIQUE (sender_id, client_msg_id)
);
CREATE INDEX ix_chat_messages_room_created ON chat_messages (room_id, created_at);
CREATE INDEX ix_chat_messages_room_id ON chat_messages (room_id, id);
