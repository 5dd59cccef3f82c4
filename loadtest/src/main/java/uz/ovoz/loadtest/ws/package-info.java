/** A Netty WebSocket client that holds thousands of connections from a few event-loop threads. */
package uz.ovoz.loadtest.ws;
