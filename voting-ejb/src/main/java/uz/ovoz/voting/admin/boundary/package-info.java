/**
 * How admins prove who they are, for every web module of the application: HTTP Basic for scripts
 * calling {@code /api}, the console's login form and session for people, one identity store over the
 * admin accounts in the database, and the {@code admin} role.
 */
package uz.ovoz.voting.admin.boundary;
