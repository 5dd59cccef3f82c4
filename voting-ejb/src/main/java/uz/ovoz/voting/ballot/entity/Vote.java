package uz.ovoz.voting.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;

/** One device's answer for one candidate of one event. */
@Entity
@Table(
        name = "votes",
        uniqueConstraints = {
            @UniqueConstraint(
                    name = "uq_votes_device",
                    columnNames = {"event_id", "candidate_id", "device_id"}),
            @UniqueConstraint(
                    name = "uq_votes_code",
                    columnNames = {"event_id", "candidate_id", "ballot_code"}),
            @UniqueConstraint(
                    name = "uq_votes_ip",
                    columnNames = {"event_id", "candidate_id", "ip_once"}),
            @UniqueConstraint(
                    name = "uq_votes_decision_device",
                    columnNames = {"event_id", "decision_group", "device_id"}),
            @UniqueConstraint(
                    name = "uq_votes_decision_code",
                    columnNames = {"event_id", "decision_group", "ballot_code"})
        },
        indexes = {
            @Index(name = "ix_votes_cast", columnList = "cast_vote_id"),
            @Index(name = "ix_votes_ip", columnList = "event_id, candidate_id, ip"),
            @Index(name = "ix_votes_type", columnList = "event_id, candidate_id, vote_type"),
            @Index(name = "ix_votes_candidate", columnList = "candidate_id")
        })
@NamedQuery(
        name = Vote.TALLY,
        query =
                "SELECT v.voteType, COUNT(v) FROM Vote v WHERE v.event = :event AND v.candidate = :candidate GROUP BY v.voteType")
@NamedQuery(
        name = Vote.TALLIES_OF_EVENT,
        query = "SELECT v.candidate.id, v.voteType, COUNT(v) FROM Vote v WHERE v.event.id = :eventId"
                + " GROUP BY v.candidate.id, v.voteType")
@NamedQuery(
        name = Vote.TALLIES_OF_CANDIDATES,
        query = "SELECT v.candidate.id, v.voteType, COUNT(v) FROM Vote v WHERE v.event.id = :eventId"
                + " AND v.candidate.id IN :candidateIds GROUP BY v.candidate.id, v.voteType")
@NamedQuery(
        name = Vote.DELETE_OF_CANDIDATES,
        query = "DELETE FROM Vote v WHERE v.event.id = :eventId AND v.candidate.id IN :candidateIds")
@NamedQuery(name = Vote.DELETE_OF_EVENT, query = "DELETE FROM Vote v WHERE v.event.id = :eventId")
@NamedQuery(
        name = Vote.VOTERS_OF_EVENT,
        query = "SELECT COUNT(DISTINCT v.deviceId) FROM Vote v WHERE v.event.id = :eventId")
@NamedQuery(
        name = Vote.TURNOUT_OF_EVENT,
        query = "SELECT MIN(v.createdAt), COUNT(DISTINCT v.deviceId) FROM Vote v WHERE v.event.id = :eventId")
public class Vote {

    public static final String TALLY = "Vote.tally";
    public static final String TALLIES_OF_EVENT = "Vote.talliesOfEvent";
    public static final String TALLIES_OF_CANDIDATES = "Vote.talliesOfCandidates";
    public static final String DELETE_OF_CANDIDATES = "Vote.deleteOfCandidates";
    public static final String DELETE_OF_EVENT = "Vote.deleteOfEvent";
    public static final String VOTERS_OF_EVENT = "Vote.votersOfEvent";
    public static final String TURNOUT_OF_EVENT = "Vote.turnoutOfEvent";
    public static final int DEVICE_ID_LENGTH = 128;
    public static final int IP_LENGTH = 64;
    public static final int NONCE_LENGTH = 128;

    @Id
    @SequenceGenerator(name = "votes_seq", sequenceName = "votes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "votes_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    private Candidate candidate;

    @Column(name = "vote_type", nullable = false, length = 8)
    private VoteType voteType;

    @Column(name = "device_id", nullable = false, length = DEVICE_ID_LENGTH)
    private String deviceId;

    @Column(length = IP_LENGTH)
    private String ip;

    @Column(length = NONCE_LENGTH)
    private String nonce;

    @Column(nullable = false)
    private boolean automatic;

    @Column(name = "ballot_code", length = BallotCode.CODE_LENGTH)
    private String ballotCode;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /**
     * The candidate's group when this is a cast yes or neutral in a group: a device (or code) decides
     * once per group.
     */
    @Column(name = "decision_group")
    private Integer decisionGroup;

    /** The address when the event counts one vote per address: one vote per candidate and address. */
    @Column(name = "ip_once", length = IP_LENGTH)
    private String ipOnce;

    /** For an automatic vote, the id of the cast vote it follows from. */
    @Column(name = "cast_vote_id")
    private Long castVoteId;

    protected Vote() {
        // for JPA
    }

    public Vote(Event event, Candidate candidate, VoteType voteType, String deviceId) {
        this.event = Objects.requireNonNull(event, "event");
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.voteType = Objects.requireNonNull(voteType, "voteType");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public VoteType getVoteType() {
        return voteType;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    /** Marks a vote recorded for a group peer as the consequence of a vote for another candidate. */
    public void markAutomatic() {
        this.automatic = true;
    }

    public String getBallotCode() {
        return ballotCode;
    }

    public void setBallotCode(String ballotCode) {
        this.ballotCode = ballotCode;
    }

    /**
     * For a vote brought from another system: when it was cast there (kept when unknown) and the
     * group it decided, which the batch writer otherwise sets.
     */
    public void bringAcross(OffsetDateTime castAt, Integer decisionGroup) {
        if (castAt != null) {
            this.createdAt = castAt;
        }
        this.decisionGroup = decisionGroup;
    }

    public Integer getDecisionGroup() {
        return decisionGroup;
    }

    public String getIpOnce() {
        return ipOnce;
    }

    public Long getCastVoteId() {
        return castVoteId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
