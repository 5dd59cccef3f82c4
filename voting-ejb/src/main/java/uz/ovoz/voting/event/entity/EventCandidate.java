package uz.ovoz.voting.event.entity;

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
import java.util.Objects;

/** A candidate's place in an event's running order, and the group it competes in, if any. */
@Entity
@Table(
        name = "event_candidates",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_event_candidates",
                        columnNames = {"event_id", "candidate_id"}),
        indexes = {
            @Index(name = "ix_event_candidates_order", columnList = "event_id, sort_order"),
            @Index(name = "ix_event_candidates_candidate", columnList = "candidate_id")
        })
@NamedQuery(
        name = EventCandidate.OF_EVENT,
        query =
                "SELECT ec FROM EventCandidate ec JOIN FETCH ec.candidate WHERE ec.event = :event ORDER BY ec.sortOrder")
public class EventCandidate {

    public static final String OF_EVENT = "EventCandidate.ofEvent";

    @Id
    @SequenceGenerator(name = "event_candidates_seq", sequenceName = "event_candidates_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_candidates_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    private Candidate candidate;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "group_no")
    private Integer groupNo;

    protected EventCandidate() {
        // for JPA
    }

    public EventCandidate(Event event, Candidate candidate, int sortOrder) {
        this.event = Objects.requireNonNull(event, "event");
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.sortOrder = sortOrder;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Integer getGroupNo() {
        return groupNo;
    }

    public void setGroupNo(Integer groupNo) {
        this.groupNo = groupNo;
    }
}
