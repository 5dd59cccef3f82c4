/** Per-connection rate limits: one client cannot flood the server on behalf of everybody else. */
package uz.ovoz.platform.rate;
