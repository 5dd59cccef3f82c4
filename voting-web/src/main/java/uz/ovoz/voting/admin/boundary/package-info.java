/**
 * How the admin REST API under {@code /api} is protected: HTTP Basic authentication against the
 * admin accounts in the database, the {@code admin} role, and {@code /api/me} to check credentials.
 */
package uz.ovoz.voting.admin.boundary;
