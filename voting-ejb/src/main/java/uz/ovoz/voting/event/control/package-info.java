/** The machinery behind events: unguessable links and the rules of moving through candidates. */
package uz.ovoz.voting.event.control;
