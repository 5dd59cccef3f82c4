package uz.ovoz.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's one datasource and brings its schema up to date with Flyway when the
 * application starts, before any other bean touches the database: beans that use the database at
 * start-up declare {@code @DependsOn("SchemaMigration")}.
 *
 * <p>Several instances may start at once against one PostgreSQL database: Flyway serialises them
 * with a database lock, and every instance after the first finds nothing to do.
 *
 * <p>Payara reads the {@code ${MPCONFIG=…}} values before the application's own
 * {@code microprofile-config.properties} is loaded, so the defaults are written here.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "uz.ovoz.platform.database.DriverDataSource",
        url = "${MPCONFIG=ovoz.db.url:jdbc:h2:~/.ovoz/data/ovoz;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=ovoz.db.user:sa}",
        password = "${MPCONFIG=ovoz.db.password:sa}",
        // Overridden by the fish.payara properties below; set to keep Payara from warning about -1
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.min-pool-size=${MPCONFIG=ovoz.db.pool.min:2}",
            "fish.payara.max-pool-size=${MPCONFIG=ovoz.db.pool.max:32}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // A thread waits this long for a pooled connection, not Payara's default minute: a write
            // queue or a readiness probe answers within it while the database is away
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=ovoz.db.connection-wait-ms:5000}",
            // Connections idle this long above the minimum are closed: the pool shrinks after a peak
            "fish.payara.idle-timeout-in-seconds=${MPCONFIG=ovoz.db.pool.idle-timeout-seconds:300}"
        })
@Singleton(name = "SchemaMigration")
@Startup
@DependsOn("ConfigCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /** The JNDI name every part of the application uses for the database. */
    public static final String DATASOURCE = "java:app/jdbc/ovoz";

    static final String MIGRATIONS = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile MigrationState state = MigrationState.PENDING;
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        state = MigrationState.RUNNING;
        try {
            MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            schemaVersion =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            state = MigrationState.DONE;
            LOG.log(Level.INFO, "Database schema at version {0} ({1} migrations applied, {2})", new Object[] {
                schemaVersion, result.migrationsExecuted, result.database
            });
        } catch (RuntimeException e) {
            state = MigrationState.FAILED;
            // Failing here fails the deployment: the application must not run on a wrong schema
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    public MigrationState state() {
        return state;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
