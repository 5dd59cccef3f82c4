/** What the rest of the application calls to find and run events. */
package uz.ovoz.voting.event.boundary;
