package uz.ovoz.voting.ballot.boundary;

import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.event.entity.Candidate;

/** One row of an event's results: the candidate, their place, their counts. */
public record Result(int number, Candidate candidate, Integer groupNo, Tally.Counts counts) {}
