/**
 * What the voter channel calls to cast a vote and to redeem a ballot code, and what the admin side
 * calls for anything that reads an event's votes: its results and turnout, and moving on to the
 * next candidate that still needs votes.
 */
package uz.ovoz.voting.ballot.boundary;
