/**
 * The machinery behind admin accounts: storing and checking their passwords, and making sure a
 * fresh installation has one admin to log in with.
 */
package uz.ovoz.voting.admin.control;
