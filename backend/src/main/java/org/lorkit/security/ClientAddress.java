package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's network address for rate limits and the audit trail. Behind a trusted
 * proxy (LORKIT_TRUST_PROXY=true) Quarkus resolves it from X-Forwarded-For / Forwarded.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServerRequest request;

    public String value() {
        try {
            var address = request.remoteAddress();
            return address == null ? "unknown" : address.hostAddress();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
