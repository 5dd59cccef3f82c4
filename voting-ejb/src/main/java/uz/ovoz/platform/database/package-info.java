/**
 * The one datasource of the application, how it connects to H2 or PostgreSQL, and the Flyway
 * migration that creates the schema before anything else touches the database.
 */
package uz.ovoz.platform.database;
