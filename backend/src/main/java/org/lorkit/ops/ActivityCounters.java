package org.lorkit.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counters of what applicants do, read off the HTTP answers so that no feature has to know
 * about metrics: registrations, logins (by outcome) and stories logged. Replayed creates
 * (Idempotency-Replayed) are not counted twice. Per replica: aggregate with sum().
 */
@ApplicationScoped
public class ActivityCounters {

    @Inject
    MeterRegistry registry;

    /** Registered at start, so that dashboards see 0 rather than nothing. */
    void register(@Observes StartupEvent event) {
        counter("lorkit.stories.created", "Stories logged");
        counter("lorkit.accounts.registered", "Accounts registered");
        for (String outcome : new String[] {"success", "failure", "disabled"}) {
            logins(outcome);
        }
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        switch (path) {
            case "/api/v1/stories" -> {
                if (status == 201 && response.getHeaderString("Idempotency-Replayed") == null) {
                    counter("lorkit.stories.created", "Stories logged").increment();
                }
            }
            case "/api/v1/auth/register" -> {
                if (status == 201) {
                    counter("lorkit.accounts.registered", "Accounts registered").increment();
                }
            }
            case "/api/v1/auth/login" -> {
                String outcome =
                        status == 200 ? "success" : status == 401 ? "failure" : status == 403 ? "disabled" : null;
                if (outcome != null) {
                    logins(outcome).increment();
                }
            }
            default -> {}
        }
    }

    private Counter logins(String outcome) {
        return Counter.builder("lorkit.logins")
                .description("Login attempts by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
