/** The old system's /ws-stats, kept for monitoring scripts during the move to /metrics. */
package uz.ovoz.voting.live.web;
