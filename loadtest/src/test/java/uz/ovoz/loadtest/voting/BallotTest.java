package uz.ovoz.loadtest.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BallotTest {

    @Test
    void onlyTheAnswerToASecondVoteOfThisCandidateCountsAsADuplicateAnsweredBusy() {
        Voter voter = new Voter(1, "run", null);
        Voter other = new Voter(2, "run", null);
        Ballot ballot = new Ballot(10, 3);
        ballot.answered(voter, VoterEvents.Answer.CONFIRMED, 1);
        ballot.resending(voter);
        ballot.answered(voter, VoterEvents.Answer.REFUSED, 2);
        ballot.answered(other, VoterEvents.Answer.REFUSED, 3);
        assertEquals(1, ballot.duplicatesSent.sum());
        assertEquals(1, ballot.duplicatesBusy.sum(), "the other voter's busy answer was to its first vote");
        assertEquals(2, ballot.refused.sum());
    }
}
