package org.lorkit.ops;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Domain gauges for Prometheus (/q/metrics): accounts and stories in this LORkit. They are
 * counted with one query a minute, not on every scrape, so a busy scraper cannot load the
 * database; while the database is down the gauges keep their last value. Every replica
 * reports the same numbers: aggregate with max(), not sum().
 */
@ApplicationScoped
public class DomainMetrics {

    private static final Logger LOG = Logger.getLogger(DomainMetrics.class);

    record Counts(double enabled, double disabled, double active30d, double stories) {}

    private final AtomicReference<Counts> counts =
            new AtomicReference<>(new Counts(Double.NaN, Double.NaN, Double.NaN, Double.NaN));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        Gauge.builder("lorkit.accounts", counts, c -> c.get().enabled())
                .tag("state", "enabled")
                .description("Accounts that can log in")
                .register(registry);
        Gauge.builder("lorkit.accounts", counts, c -> c.get().disabled())
                .tag("state", "disabled")
                .description("Accounts that can log in")
                .register(registry);
        Gauge.builder("lorkit.accounts.active.30d", counts, c -> c.get().active30d())
                .description("Accounts that logged in or refreshed a session in the last 30 days")
                .register(registry);
        Gauge.builder("lorkit.stories", counts, c -> c.get().stories())
                .description("Stories stored (a count; never their text)")
                .register(registry);
    }

    @Scheduled(
            every = "${lorkit.metrics.refresh-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        refresh();
    }

    /** Counts now; keeps the last values when the database cannot be reached. */
    public void refresh() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT (SELECT count(*) FROM app_user WHERE disabled_at IS NULL),
                               (SELECT count(*) FROM app_user WHERE disabled_at IS NOT NULL),
                               (SELECT count(DISTINCT user_id) FROM refresh_token WHERE issued_at >= now() - interval '30 days'),
                               (SELECT count(*) FROM story)""")) {
            rs.next();
            counts.set(new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Domain metrics not refreshed: %s", e.getClass().getSimpleName());
        }
    }
}
