package uz.ovoz.voting.event.boundary;

/** What an admin sets on an event; {@code null} leaves a setting as it is (on update). */
public record EventSettings(
        String name, Integer durationSec, Boolean hideTally, Boolean oneVotePerIp, Boolean requiresCodes) {}
