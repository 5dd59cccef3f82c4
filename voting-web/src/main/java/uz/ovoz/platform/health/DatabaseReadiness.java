package uz.ovoz.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
 * <p>It lives in a web module because Payara registers health checks of web modules only, not of an
 * EAR's EJB module.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    SchemaMigration migration;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        MigrationState state = migration.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migrations", state.name());
        if (migration.schemaVersion() != null) {
            response.withData("schemaVersion", migration.schemaVersion());
        }
        if (state != MigrationState.DONE) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .status(valid).build();
        } catch (SQLException e) {
            return response.withData("error", String.valueOf(e.getMessage())).down().build();
        }
    }
}
