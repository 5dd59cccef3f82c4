/**
 * The machinery behind events: unguessable links, the rules of moving through candidates and of
 * when a vote is taken ({@code VotingWindow}), the in-memory picture voters are checked against
 * ({@code EventSnapshot}), and the CDI events other features observe when an event changes
 * ({@code EventChanged}) or its votes are voided ({@code VotesVoided}).
 */
package uz.ovoz.voting.event.control;
