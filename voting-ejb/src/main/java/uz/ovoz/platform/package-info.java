/**
 * What chat and voting share: configuration, JSON, metrics, batching, sockets, accounts, errors.
 * It imports no feature, so a feature can use any of it without a cycle. See {@link uz.ovoz}.
 */
package uz.ovoz.platform;
