package uz.ovoz.voting.event.boundary;

import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.entity.Candidate;

/** The checks on what an admin types for a candidate. */
final class CandidateRules {

    private CandidateRules() {}

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw Rejected.invalid("full_name is required");
        }
        return text(name, "full_name", Candidate.NAME_LENGTH);
    }

    static String text(String value, String field, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw Rejected.invalid(field + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }
}
