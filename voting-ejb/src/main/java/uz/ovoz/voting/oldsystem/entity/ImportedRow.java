package uz.ovoz.voting.oldsystem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** What one row of an old database became here: a second import of the same source skips it. */
@Entity
@Table(name = "imported_rows")
@NamedQuery(name = ImportedRow.OF_SOURCE, query = "SELECT r FROM ImportedRow r WHERE r.key.source = :source")
public class ImportedRow {

    public static final String OF_SOURCE = "ImportedRow.ofSource";
    public static final int SOURCE_LENGTH = 500;

    /** The kinds of rows brought across. */
    public enum Kind {
        CANDIDATE,
        EVENT,
        PLACE,
        VOTE
    }

    @EmbeddedId
    private Key key;

    @Column(name = "new_id", nullable = false)
    private long newId;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected ImportedRow() {
        // for JPA
    }

    public ImportedRow(String source, Kind kind, long oldId, long newId) {
        this.key = new Key(source, kind, oldId);
        this.newId = newId;
        this.importedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Kind getKind() {
        return Kind.valueOf(key.kind);
    }

    public long getOldId() {
        return key.oldId;
    }

    public long getNewId() {
        return newId;
    }

    /** The source database (as named at import), the kind of row and its id there. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(nullable = false, length = SOURCE_LENGTH)
        private String source;

        @Column(nullable = false, length = 16)
        private String kind;

        @Column(name = "old_id", nullable = false)
        private long oldId;

        protected Key() {
            // for JPA
        }

        Key(String source, Kind kind, long oldId) {
            this.source = Objects.requireNonNull(source, "source");
            this.kind = kind.name();
            this.oldId = oldId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && source.equals(key.source) && kind.equals(key.kind) && oldId == key.oldId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, kind, oldId);
        }
    }
}
