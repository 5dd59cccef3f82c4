/** What the voter channel calls to cast a vote and to redeem a ballot code. */
package uz.ovoz.voting.ballot.boundary;
