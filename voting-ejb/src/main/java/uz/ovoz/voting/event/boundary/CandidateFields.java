package uz.ovoz.voting.event.boundary;

import uz.ovoz.voting.event.entity.Candidate;

/** What an admin enters for a candidate; {@code null} leaves a field as it is. */
public record CandidateFields(
        String fullName, String image, String whichPosition, String degree, String description, String electionTime) {

    void applyTo(Candidate candidate) {
        if (image != null) {
            candidate.setImage(CandidateRules.text(image, "image", Candidate.IMAGE_LENGTH));
        }
        if (whichPosition != null) {
            candidate.setWhichPosition(CandidateRules.text(whichPosition, "which_position", Candidate.POSITION_LENGTH));
        }
        if (degree != null) {
            candidate.setDegree(CandidateRules.text(degree, "degree", Candidate.DEGREE_LENGTH));
        }
        if (description != null) {
            candidate.setDescription(CandidateRules.text(description, "description", Candidate.DESCRIPTION_LENGTH));
        }
        if (electionTime != null) {
            candidate.setElectionTime(
                    CandidateRules.text(electionTime, "election_time", Candidate.ELECTION_TIME_LENGTH));
        }
    }
}
