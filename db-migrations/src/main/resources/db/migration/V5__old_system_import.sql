-- What the import from the old voting system brought across, per source database: a second run
-- of the same import finds its rows here and adds nothing. Kind is candidate, event, place or vote;
-- old_id is the row's id in the old database, new_id the id of what it became here.
CREATE TABLE imported_rows (
    source      VARCHAR(500) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    old_id      BIGINT       NOT NULL,
    new_id      BIGINT       NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_imported_rows PRIMARY KEY (source, kind, old_id)
);
