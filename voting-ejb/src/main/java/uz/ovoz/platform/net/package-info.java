/**
 * Who a client is on the network: its address as seen through trusted proxies, for the limits per
 * address and the one-vote-per-address rule.
 */
package uz.ovoz.platform.net;
