/** The console pages' live channel: a nudge to re-render when counts or tallies moved. */
package uz.ovoz.voting.admin.socket;
