package uz.ovoz.voting.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A voting session reached by its short link, run candidate by candidate. */
@Entity
@Table(name = "events", uniqueConstraints = @UniqueConstraint(name = "uq_events_link", columnNames = "link"))
@NamedQuery(name = Event.BY_LINK, query = "SELECT e FROM Event e WHERE e.link = :link")
@NamedQuery(name = Event.ALL, query = "SELECT e FROM Event e ORDER BY e.createdAt DESC, e.id DESC")
public class Event {

    public static final String BY_LINK = "Event.byLink";
    public static final String ALL = "Event.all";
    public static final int NAME_LENGTH = 200;
    public static final int LINK_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "events_seq", sequenceName = "events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_seq")
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = LINK_LENGTH)
    private String link;

    @Column(name = "duration_sec", nullable = false)
    private int durationSec;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventStatus status;

    @Column(name = "current_index")
    private Integer currentIndex;

    @Column(name = "timer_started_at")
    private OffsetDateTime timerStartedAt;

    @Column(name = "timer_ends_at")
    private OffsetDateTime timerEndsAt;

    @Column(name = "hide_tally", nullable = false)
    private boolean hideTally;

    @Column(name = "one_vote_per_ip", nullable = false)
    private boolean oneVotePerIp;

    @Column(name = "requires_codes", nullable = false)
    private boolean requiresCodes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "vote_round", nullable = false)
    private int voteRound;

    protected Event() {
        // for JPA
    }

    public Event(String name, String link, int durationSec) {
        this.name = Objects.requireNonNull(name, "name");
        this.link = Objects.requireNonNull(link, "link");
        if (durationSec <= 0) {
            throw new IllegalArgumentException("durationSec must be positive: " + durationSec);
        }
        this.durationSec = durationSec;
        this.status = EventStatus.PENDING;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLink() {
        return link;
    }

    public int getDurationSec() {
        return durationSec;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public Integer getCurrentIndex() {
        return currentIndex;
    }

    public void setCurrentIndex(Integer currentIndex) {
        this.currentIndex = currentIndex;
    }

    public OffsetDateTime getTimerStartedAt() {
        return timerStartedAt;
    }

    public OffsetDateTime getTimerEndsAt() {
        return timerEndsAt;
    }

    public void startTimer(OffsetDateTime startedAt, OffsetDateTime endsAt) {
        this.timerStartedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.timerEndsAt = Objects.requireNonNull(endsAt, "endsAt");
    }

    public void clearTimer() {
        this.timerStartedAt = null;
        this.timerEndsAt = null;
    }

    public boolean isRequiresCodes() {
        return requiresCodes;
    }

    public void setRequiresCodes(boolean requiresCodes) {
        this.requiresCodes = requiresCodes;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void setDurationSec(int durationSec) {
        if (durationSec <= 0) {
            throw new IllegalArgumentException("durationSec must be positive: " + durationSec);
        }
        this.durationSec = durationSec;
    }

    public boolean isHideTally() {
        return hideTally;
    }

    public void setHideTally(boolean hideTally) {
        this.hideTally = hideTally;
    }

    public boolean isOneVotePerIp() {
        return oneVotePerIp;
    }

    public void setOneVotePerIp(boolean oneVotePerIp) {
        this.oneVotePerIp = oneVotePerIp;
    }

    /** Moves on with every reset and clear; a vote checked under an earlier round is not written. */
    public int getVoteRound() {
        return voteRound;
    }

    /** Closes the current round: votes on their way, checked before now, will be refused. */
    public void closeVoteRound() {
        voteRound++;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event event && link.equals(event.link);
    }

    @Override
    public int hashCode() {
        return link.hashCode();
    }
}
