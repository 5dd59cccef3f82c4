package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.ApplicationException;

/** Why a vote is refused before it reaches the queue; the message goes to the voter as is. */
@ApplicationException(rollback = true)
public final class Refusal extends RuntimeException {

    public Refusal(String message) {
        super(message, null, false, false);
    }
}
