package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's network address for rate limits and the audit trail: the socket's peer, or, when that
 * peer is a trusted proxy (lorkit.http.trusted-proxies), the right-most hop that is not one, from
 * X-Forwarded-For or RFC 7239 Forwarded (lorkit.http.client-address-header; TrustedProxies). Without
 * trusted proxies the headers are ignored.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServerRequest request;

    @Inject
    TrustedProxies proxies;

    public String value() {
        try {
            if (proxies.readsForwarded()) {
                return proxies.clientOfForwarded(peer(), request.headers().getAll("Forwarded"));
            }
            return proxies.clientOf(peer(), request.headers().getAll("X-Forwarded-For"));
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private String peer() {
        return peerOf(request);
    }

    /** The socket's peer, whatever Quarkus' own forwarding would make of the headers. */
    static String peerOf(HttpServerRequest request) {
        var connection = request.connection();
        var address = connection != null ? connection.remoteAddress() : request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
