/**
 * The live side of an event: what every connected voter and display is shown, the registry of their
 * sessions, coalesced tally broadcasts and the server-side countdown.
 */
package uz.ovoz.voting.live.control;
