/** The admin API of a running event's live state: the recount audit. */
package uz.ovoz.voting.live.rest;
