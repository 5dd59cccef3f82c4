package uz.ovoz.platform.database;

/** Where the start-up schema migration is; only {@link #DONE} lets the application take traffic. */
public enum MigrationState {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}
