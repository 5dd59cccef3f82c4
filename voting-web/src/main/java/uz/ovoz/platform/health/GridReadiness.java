package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uz.ovoz.platform.grid.Grid;

/**
 * The data grid as this instance sees it: alone, or a member of a grid of N. A cluster shares one
 * database, and the embedded H2 cannot be shared: an instance on H2 with other members is not ready.
 */
@Readiness
@ApplicationScoped
public class GridReadiness implements HealthCheck {

    @Inject
    Grid grid;

    @Override
    public HealthCheckResponse call() {
        int members = grid.members();
        boolean shareable = members == 1 || !grid.onEmbeddedDatabase();
        return HealthCheckResponse.named("grid")
                .withData("joined", grid.joined())
                .withData("members", members)
                .withData(
                        "problem", shareable ? "none" : "a cluster needs PostgreSQL: set ovoz.db.url on every instance")
                .status(shareable)
                .build();
    }
}
