/**
 * The load tool: {@link uz.ovoz.loadtest.LoadTest} parses a scenario and its options, runs it against a
 * server on loopback, prints progress, a summary table and JSON ({@link uz.ovoz.loadtest.Report}).
 * Scenarios live in {@code voting} and {@code chat}; {@code ws} is the Netty WebSocket client,
 * {@code measure} the latency histogram and the rate pacer.
 */
package uz.ovoz.loadtest;
