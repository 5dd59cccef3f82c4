/** The admin API of events: the events themselves, their running order and groups, and candidates. */
package uz.ovoz.voting.event.rest;
