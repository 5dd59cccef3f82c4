/** Latency percentiles and sending at a target rate: the pure logic, unit-tested. */
package uz.ovoz.loadtest.measure;
