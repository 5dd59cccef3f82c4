/**
 * Payara's data grid (Hazelcast) as the instances of a cluster use it: topics that carry committed
 * changes to every other instance, so that each pushes them to its own sockets.
 */
package uz.ovoz.platform.grid;
