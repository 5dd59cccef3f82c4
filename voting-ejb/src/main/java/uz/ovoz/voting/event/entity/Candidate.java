package uz.ovoz.voting.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A person who can stand in events: entered by hand or imported from an external registry. */
@Entity
@Table(
        name = "candidates",
        uniqueConstraints = @UniqueConstraint(name = "uq_candidates_external_id", columnNames = "external_id"))
@NamedQuery(name = Candidate.BY_EXTERNAL_ID, query = "SELECT c FROM Candidate c WHERE c.externalId = :externalId")
public class Candidate {

    public static final String BY_EXTERNAL_ID = "Candidate.byExternalId";
    public static final int NAME_LENGTH = 200;
    public static final int IMAGE_LENGTH = 500;
    public static final int POSITION_LENGTH = 300;
    public static final int DEGREE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ELECTION_TIME_LENGTH = 100;
    public static final int EXTERNAL_ID_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "candidates_seq", sequenceName = "candidates_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidates_seq")
    private Long id;

    @Column(name = "full_name", nullable = false, length = NAME_LENGTH)
    private String fullName;

    @Column(length = IMAGE_LENGTH)
    private String image;

    @Column(name = "which_position", length = POSITION_LENGTH)
    private String whichPosition;

    @Column(length = DEGREE_LENGTH)
    private String degree;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "election_time", length = ELECTION_TIME_LENGTH)
    private String electionTime;

    @Column(name = "external_id", length = EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Candidate() {
        // for JPA
    }

    public Candidate(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getWhichPosition() {
        return whichPosition;
    }

    public void setWhichPosition(String whichPosition) {
        this.whichPosition = whichPosition;
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getElectionTime() {
        return electionTime;
    }

    public void setElectionTime(String electionTime) {
        this.electionTime = electionTime;
    }

    public String getExternalId() {
        return externalId;
    }

    /** Imported candidates keep the registry's id and cannot be deleted by hand. */
    public void markImported(String externalId) {
        this.externalId = Objects.requireNonNull(externalId, "externalId");
    }

    public boolean isImported() {
        return externalId != null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
