/** Votes: one per device and candidate, enforced by the database. */
package uz.ovoz.voting.ballot.entity;
