package org.lorkit.security;

import io.netty.util.NetUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lorkit.platform.LorkitConfig;

/**
 * Which proxies' X-Forwarded-For the API believes, and the client address that follows from it: walking
 * from the socket peer leftwards through the header, every hop that is a trusted proxy passes the
 * question on to the hop it reported; the first one that is not trusted is the client. Entries left
 * of it are whatever the client wrote, so a forged leftmost entry changes nothing. Addresses are
 * parsed as literals only (never looked up in DNS).
 */
@ApplicationScoped
public class TrustedProxies {

    /** A header of more hops than this is not walked further: the hop reached is the answer. */
    static final int MAX_HOPS = 32;

    /** One network: an address and how many leading bits must match. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String trimmed = text.trim();
            int slash = trimmed.indexOf('/');
            byte[] address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException(
                        "lorkit.http.trusted-proxies: \"" + text + "\" is not an address or CIDR");
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(trimmed.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException(
                            "lorkit.http.trusted-proxies: \"" + text + "\" has a bad prefix length");
                }
            }
            return new Cidr(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Cidr> trusted;

    /** Which header the proxies write: Forwarded (RFC 7239) rather than X-Forwarded-For. */
    private final boolean readsForwarded;

    @Inject
    TrustedProxies(LorkitConfig config) {
        this(config.http().trustedProxies(), config.http().clientAddressHeader());
    }

    TrustedProxies(Optional<List<String>> entries) {
        this(entries, "X-Forwarded-For");
    }

    TrustedProxies(Optional<List<String>> entries, String header) {
        String name = header == null ? "" : header.trim();
        if (!name.equalsIgnoreCase("X-Forwarded-For") && !name.equalsIgnoreCase("Forwarded")) {
            throw new IllegalArgumentException(
                    "lorkit.http.client-address-header: \"" + header + "\" is neither X-Forwarded-For nor Forwarded");
        }
        this.readsForwarded = name.equalsIgnoreCase("Forwarded");
        List<Cidr> parsed = new ArrayList<>();
        entries.orElse(List.of()).stream()
                .map(String::trim)
                .filter(e -> !e.isEmpty())
                .forEach(e -> parsed.add(Cidr.parse(e)));
        this.trusted = List.copyOf(parsed);
    }

    /** True when the hops are read from Forwarded (lorkit.http.client-address-header), not X-Forwarded-For. */
    public boolean readsForwarded() {
        return readsForwarded;
    }

    boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /**
     * The client address for a request from {@code peer} carrying these X-Forwarded-For values (all
     * headers of that name, in order; null or empty: none). Answers a normalised address text, or
     * "unknown" when the peer itself is not an address.
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        List<String> hops = new ArrayList<>();
        if (forwardedFor != null) {
            for (String header : forwardedFor) {
                if (header != null) {
                    hops.addAll(List.of(header.split(",", -1)));
                }
            }
        }
        return walk(peer, hops);
    }

    /**
     * The same rule for RFC 7239 {@code Forwarded} headers (all of them, in order): each element's
     * {@code for=} is one hop. An element without {@code for=}, or with an obfuscated or "unknown" one,
     * is a hop nobody can vouch for, like garbage in X-Forwarded-For.
     */
    public String clientOfForwarded(String peer, List<String> forwarded) {
        List<String> hops = new ArrayList<>();
        if (forwarded != null) {
            for (String header : forwarded) {
                if (header != null) {
                    for (String element : ForwardedHeader.elements(header)) {
                        hops.add(ForwardedHeader.parameter(element, "for").orElse(""));
                    }
                }
            }
        }
        return walk(peer, hops);
    }

    /**
     * Whether the browser reached the first trusted proxy over TLS: the socket itself is TLS, or a trusted
     * peer says so (its X-Forwarded-Proto, or the proto= of the Forwarded element it added last).
     */
    public boolean overTls(boolean socketIsTls, String peer, String forwardedProto, List<String> forwarded) {
        if (socketIsTls) {
            return true;
        }
        byte[] address = literal(peer);
        if (address == null || !isTrusted(address)) {
            return false;
        }
        if (forwardedProto != null) {
            return "https".equalsIgnoreCase(forwardedProto.split(",", -1)[0].trim());
        }
        if (forwarded == null || forwarded.isEmpty()) {
            return false;
        }
        List<String> elements = ForwardedHeader.elements(forwarded.get(forwarded.size() - 1));
        return !elements.isEmpty()
                && ForwardedHeader.parameter(elements.get(elements.size() - 1), "proto")
                        .map("https"::equalsIgnoreCase)
                        .orElse(false);
    }

    /** Hops as written, left (the client's end) to right (the hop next to the peer). */
    private String walk(String peer, List<String> hops) {
        byte[] current = literal(peer);
        if (current == null) {
            return "unknown";
        }
        int walked = 0;
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current) && walked < MAX_HOPS; i--, walked++) {
            byte[] reported = hopAddress(hops.get(i));
            if (reported == null) {
                // Garbage where a trusted proxy should have written an address: the last hop we can
                // vouch for answers, rather than whatever the client wrote.
                break;
            }
            current = reported;
        }
        return text(current);
    }

    /**
     * One hop: "203.0.113.7", "203.0.113.7:5123", "2001:db8::1", "[2001:db8::1]:443" (Forwarded's for= after
     * unquoting looks the same).
     */
    private static byte[] hopAddress(String hop) {
        String h = hop.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : literal(h.substring(1, end));
        }
        int colon = h.indexOf(':');
        if (colon > 0 && colon == h.lastIndexOf(':') && h.indexOf('.') > 0) {
            h = h.substring(0, colon);
        }
        return literal(h);
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 as IPv4), or null; never DNS. */
    static byte[] literal(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return null;
        }
        String t = text.trim();
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(t);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            byte[] v4 = new byte[4];
            System.arraycopy(bytes, 12, v4, 0, 4);
            return v4;
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** "203.0.113.7", "2001:db8::7" (RFC 5952's short form). */
    private static String text(byte[] address) {
        return NetUtil.bytesToIpAddress(address);
    }
}
