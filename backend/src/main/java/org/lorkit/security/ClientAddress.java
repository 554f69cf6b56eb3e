package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's network address for rate limits and the audit trail: the socket's peer, or, when that
 * peer is a trusted proxy (lorkit.http.trusted-proxies), the right-most X-Forwarded-For hop that is not
 * one (TrustedProxies). Without trusted proxies the header is ignored.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServerRequest request;

    @Inject
    TrustedProxies proxies;

    public String value() {
        try {
            return proxies.clientOf(peer(), request.headers().getAll("X-Forwarded-For"));
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /** The socket's peer, whatever Quarkus' own forwarding would make of the headers. */
    private String peer() {
        var connection = request.connection();
        var address = connection != null ? connection.remoteAddress() : request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
