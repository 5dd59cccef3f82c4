package uz.ovoz.voting.event.entity;

/** The life of an event: {@code PENDING → ACTIVE → FINISHED → ARCHIVED}. */
public enum EventStatus {
    PENDING,
    ACTIVE,
    FINISHED,
    ARCHIVED
}
