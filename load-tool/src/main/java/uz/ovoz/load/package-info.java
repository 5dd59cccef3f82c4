/** Load tools: real WebSocket clients against a running server on loopback, bounded in count and time. */
package uz.ovoz.load;
