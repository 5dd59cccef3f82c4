/** The WebSocket channels that voters and displays hold open during an event. */
package uz.ovoz.voting.live.socket;
