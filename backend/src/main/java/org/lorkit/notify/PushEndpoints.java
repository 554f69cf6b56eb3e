package org.lorkit.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.lorkit.platform.LorkitConfig;

/**
 * Which push endpoints the API will ever call. A subscription's endpoint comes from the client, so it is
 * checked like any URL the server fetches on someone's behalf (SSRF): https only, no credentials, and a host
 * of a browser push service (lorkit.push.endpoint-hosts). Tests may add plain http on the loopback address,
 * where their own push service listens (lorkit.push.allow-loopback-http).
 */
final class PushEndpoints {

    private PushEndpoints() {}

    /** Null when the endpoint may be used; otherwise why not, in a sentence. */
    static String problem(String endpoint, LorkitConfig.Push config) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return "must be the endpoint address the browser's push subscription gave";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must be the endpoint address the browser's push subscription gave";
        }
        if (config.allowLoopbackHttp() && scheme.equals("http") && isLoopback(host)) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "must be an https address of a browser push service";
        }
        if (!allowedHost(host, config.endpointHosts())) {
            return "must be the address of a browser push service (Google, Mozilla, Apple or Microsoft)";
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }

    private static boolean allowedHost(String host, List<String> allowed) {
        for (String entry : allowed) {
            String rule = entry.trim().toLowerCase(Locale.ROOT);
            if (rule.isEmpty()) {
                continue;
            }
            boolean matches =
                    rule.startsWith(".") ? host.endsWith(rule) && host.length() > rule.length() : host.equals(rule);
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
