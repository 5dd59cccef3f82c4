/** The admin API of what counts votes: results, ballot codes, and moving on to the next candidate. */
package uz.ovoz.voting.ballot.rest;
