package uz.ovoz.voting.ballot.control;

import java.util.Map;
import java.util.Set;

/** A batch of votes was committed: the candidates whose tallies moved, per event. */
public record VotesCommitted(Map<Long, Set<Long>> candidatesByEvent) {}
