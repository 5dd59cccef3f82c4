package uz.ovoz.loadtest.voting;

/** Where a voter reports what its server sent; called on Netty event loops. */
interface VoterEvents {

    /** A {@code current_candidate} frame arrived. */
    void current(Voter voter, long candidateId, boolean timerRunning, long nanos);

    /** The answer to the voter's last vote arrived. */
    void answered(Voter voter, Answer answer, long nanos);

    void closed(Voter voter, int code);

    /** What the server answered to a vote. */
    enum Answer {
        CONFIRMED,
        DUPLICATE,
        REFUSED
    }
}
