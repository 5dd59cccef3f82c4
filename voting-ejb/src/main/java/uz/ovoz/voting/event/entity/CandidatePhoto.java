package uz.ovoz.voting.event.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A candidate's uploaded photo, one per candidate, served at {@code /photos/{candidateId}}. */
@Entity
@Table(name = "candidate_photos")
public class CandidatePhoto {

    public static final int CONTENT_TYPE_LENGTH = 50;

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_LENGTH)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CandidatePhoto() {
        // for JPA
    }

    public CandidatePhoto(long candidateId, String contentType, byte[] data) {
        this.candidateId = candidateId;
        replace(contentType, data);
    }

    public final void replace(String contentType, byte[] data) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.data = Objects.requireNonNull(data, "data").clone();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data.clone();
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
