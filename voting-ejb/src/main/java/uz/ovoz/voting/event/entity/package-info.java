/** Events, candidates and the ordered, optionally grouped, list of an event's candidates. */
package uz.ovoz.voting.event.entity;
