/**
 * How votes become durable and counted: the queue the voter channel feeds, the timer that writes it
 * in batches with one commit per batch, and the in-memory tallies kept in step with the commits.
 */
package uz.ovoz.voting.ballot.control;
