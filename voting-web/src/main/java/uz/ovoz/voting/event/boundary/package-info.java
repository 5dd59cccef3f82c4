/** The admin API of events: running order, running the event, results and ballot codes. */
package uz.ovoz.voting.event.boundary;
