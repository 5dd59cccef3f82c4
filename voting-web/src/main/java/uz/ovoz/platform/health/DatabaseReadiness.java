package uz.ovoz.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uz.ovoz.platform.database.MigrationState;
import uz.ovoz.platform.database.SchemaMigration;

/**
 * Ready only when the schema migration has finished and the database answers: a load balancer
 * sends no voter to an instance that cannot store the vote.
 *
 * <p>The answer is public (a load balancer asks it without credentials), so a failure says only
 * {@value #UNAVAILABLE}; the database's own message, which can name hosts, users and databases, goes
 * to the server log.
 *
 * <p>It lives in a web module because Payara registers health checks of web modules only, not of an
 * EAR's EJB module.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int VALIDATION_TIMEOUT_SECONDS = 2;
    static final String UNAVAILABLE = "database unavailable";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    SchemaMigration migration;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        MigrationState state = migration.state();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("database").withData("migrations", state.name());
        if (migration.schemaVersion() != null) {
            response.withData("schemaVersion", migration.schemaVersion());
        }
        if (state != MigrationState.DONE) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                LOG.warning("Not ready: a database connection did not validate");
                return response.withData("reason", UNAVAILABLE).down().build();
            }
            return response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .up()
                    .build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Not ready: the database cannot be reached: {0}", e.getMessage());
            return response.withData("reason", UNAVAILABLE).down().build();
        }
    }
}
