package uz.ovoz.voting.ballot.boundary;

import java.time.OffsetDateTime;

/** When an event was voted on and how many devices voted in it, for the results document's heading. */
public record Turnout(OffsetDateTime day, long voters) {}
