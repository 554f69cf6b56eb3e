package org.lorkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OWASP ASVS 5.0 V4.1.3: a header set by an intermediary (X-Forwarded-For) cannot be overridden by the
 * end user. The client address is the right-most hop that is not a trusted proxy, walking from the
 * socket's peer; with no trusted proxies the header counts for nothing.
 */
class AsvsTrustedProxiesTest {

    /** The SPA's nginx in compose and an ingress network, as an operator would write them. */
    private static final TrustedProxies COMPOSE_AND_INGRESS =
            new TrustedProxies(Optional.of(List.of("172.30.81.10/32", " 10.244.0.0/16 ", "fd00:10::/64")));

    @Test
    void v4_1_3_without_trusted_proxies_the_socket_peer_is_the_client_and_the_header_is_ignored() {
        TrustedProxies none = new TrustedProxies(Optional.empty());
        assertEquals("198.51.100.23", none.clientOf("198.51.100.23", List.of("1.2.3.4")));
        assertEquals("172.30.81.10", none.clientOf("172.30.81.10", List.of("203.0.113.9")));
        TrustedProxies emptyVariable = new TrustedProxies(Optional.of(List.of("")));
        assertEquals("198.51.100.23", emptyVariable.clientOf("198.51.100.23", List.of("1.2.3.4")));
    }

    @Test
    void v4_1_3_a_forged_leftmost_entry_is_ignored_and_nginx_appended_hop_counts() {
        // The applicant's phone wrote "10.0.0.1" itself; nginx appended the address it saw.
        assertEquals(
                "203.0.113.77",
                COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("10.0.0.1, 127.0.0.1,203.0.113.77")));
    }

    @Test
    void v4_1_3_a_chain_through_two_trusted_proxies_ends_at_the_first_untrusted_hop() {
        // Phone -> ingress pod (10.244.3.17) -> nginx (172.30.81.10) -> API.
        assertEquals(
                "198.51.100.4",
                COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("6.6.6.6, 198.51.100.4, 10.244.3.17")));
        // The same chain split over two header lines, as some proxies send it.
        assertEquals(
                "198.51.100.4",
                COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("6.6.6.6, 198.51.100.4", "10.244.3.17")));
        // Every hop trusted: the left-most one is as far as anyone can vouch for.
        assertEquals("10.244.0.9", COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("10.244.0.9, 10.244.3.17")));
    }

    @Test
    void v4_1_3_an_untrusted_peer_header_is_ignored() {
        assertEquals(
                "203.0.113.200", COMPOSE_AND_INGRESS.clientOf("203.0.113.200", List.of("172.30.81.10, 10.244.3.17")));
        // Next door to nginx, but not nginx.
        assertEquals("172.30.81.11", COMPOSE_AND_INGRESS.clientOf("172.30.81.11", List.of("192.0.2.1")));
    }

    @Test
    void v4_1_3_ipv6_peers_hops_and_networks() {
        assertEquals(
                "2001:db8::7", COMPOSE_AND_INGRESS.clientOf("fd00:10::2", List.of("2001:db8::1, [2001:db8::7]:443")));
        assertEquals("2001:db8::7", COMPOSE_AND_INGRESS.clientOf("2001:db8::7", List.of("192.0.2.1")));
        // An IPv4 client reported by an IPv6 proxy, once plainly and once IPv4-mapped.
        assertEquals("192.0.2.44", COMPOSE_AND_INGRESS.clientOf("fd00:10::3", List.of("192.0.2.44:51234")));
        assertEquals("192.0.2.45", COMPOSE_AND_INGRESS.clientOf("fd00:10::3", List.of("::ffff:192.0.2.45")));
        // A mapped peer inside a trusted IPv4 network counts as that IPv4 proxy.
        assertEquals("192.0.2.46", COMPOSE_AND_INGRESS.clientOf("::ffff:172.30.81.10", List.of("192.0.2.46")));
    }

    @Test
    void v4_1_3_garbage_entries_never_become_the_address_and_never_look_up_dns() {
        // Garbage where nginx's own entry should be: the trusted hop itself answers.
        assertEquals("172.30.81.10", COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("203.0.113.5, garbage")));
        assertEquals(
                "10.244.3.17",
                COMPOSE_AND_INGRESS.clientOf(
                        "172.30.81.10", List.of("999.999.999.999, ::ffff:garbage, lorkit.example.org, 10.244.3.17")));
        assertEquals("172.30.81.10", COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("")));
        assertEquals("172.30.81.10", COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of(" , ,")));
        // Garbage left of the client is the client's own business.
        assertEquals(
                "198.51.100.8",
                COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of("<script>, ' OR 1=1 --, 198.51.100.8")));
        // A header of 500 trusted hops is not walked to its end.
        String longChain = "198.51.100.9, " + "10.244.1.1, ".repeat(500) + "10.244.1.2";
        assertEquals("10.244.1.1", COMPOSE_AND_INGRESS.clientOf("172.30.81.10", List.of(longChain)));
        assertEquals("unknown", COMPOSE_AND_INGRESS.clientOf(null, List.of("198.51.100.9")));
    }

    /** The same networks behind a load balancer that writes RFC 7239 Forwarded instead. */
    private static final TrustedProxies FORWARDED =
            new TrustedProxies(Optional.of(List.of("172.30.81.10/32", "10.244.0.0/16", "fd00:10::/64")), "Forwarded");

    @Test
    void v4_1_3_forwarded_a_forged_for_written_by_the_client_is_ignored() {
        // The phone sent "Forwarded: for=10.0.0.1" itself; the proxy appended the address it saw.
        assertEquals(
                "203.0.113.77",
                FORWARDED.clientOfForwarded(
                        "172.30.81.10",
                        List.of("for=10.0.0.1;proto=https, for=203.0.113.77;proto=https;by=10.244.0.1")));
        // Not from a trusted proxy: the header counts for nothing.
        assertEquals("198.51.100.50", FORWARDED.clientOfForwarded("198.51.100.50", List.of("for=192.0.2.1")));
    }

    @Test
    void v4_1_3_forwarded_a_chain_through_two_trusted_proxies_ends_at_the_first_untrusted_hop() {
        assertEquals(
                "198.51.100.4",
                FORWARDED.clientOfForwarded(
                        "172.30.81.10", List.of("for=6.6.6.6, For=198.51.100.4", "for=\"10.244.3.17:40211\"")));
        // IPv6 hops are quoted and bracketed, with or without a port; a quoted comma does not split.
        assertEquals(
                "2001:db8:cafe::17",
                FORWARDED.clientOfForwarded(
                        "fd00:10::2",
                        List.of("for=\"[2001:db8::1]\";host=\"a,b\", for=\"[2001:db8:cafe::17]:4711\";proto=https")));
    }

    @Test
    void v4_1_3_forwarded_hidden_unknown_or_missing_for_stops_at_the_last_proxy_we_can_vouch_for() {
        assertEquals(
                "10.244.3.17",
                FORWARDED.clientOfForwarded("172.30.81.10", List.of("for=192.0.2.9, for=_hidden, for=10.244.3.17")));
        assertEquals(
                "172.30.81.10", FORWARDED.clientOfForwarded("172.30.81.10", List.of("for=192.0.2.9, for=unknown")));
        assertEquals(
                "172.30.81.10", FORWARDED.clientOfForwarded("172.30.81.10", List.of("for=192.0.2.9, proto=https")));
        assertEquals(
                "172.30.81.10", FORWARDED.clientOfForwarded("172.30.81.10", List.of("for=\"lorkit.example.org\"")));
        // A header of 500 trusted hops is not walked to its end.
        String longChain = "for=198.51.100.9, " + "for=10.244.1.1, ".repeat(500) + "for=10.244.1.2";
        assertEquals("10.244.1.1", FORWARDED.clientOfForwarded("172.30.81.10", List.of(longChain)));
    }

    @Test
    void v4_1_3_only_the_configured_header_is_read_so_the_client_cannot_pick_the_other() {
        // nginx appends to X-Forwarded-For and passes a client's Forwarded on untouched: with the
        // default setting that Forwarded header is never looked at, and the other way round.
        assertFalse(COMPOSE_AND_INGRESS.readsForwarded());
        assertTrue(FORWARDED.readsForwarded());
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Optional.empty(), "X-Real-IP"));
        assertEquals(
                "lorkit.http.client-address-header: \"X-Real-IP\" is neither X-Forwarded-For nor Forwarded",
                bad.getMessage());
    }

    @Test
    void v12_1_1_tls_is_believed_from_the_socket_or_from_a_trusted_proxy_only() {
        assertTrue(COMPOSE_AND_INGRESS.overTls(true, "198.51.100.23", null, null));
        assertTrue(COMPOSE_AND_INGRESS.overTls(false, "172.30.81.10", "https", null));
        assertTrue(COMPOSE_AND_INGRESS.overTls(false, "10.244.2.2", "HTTPS, http", null));
        assertTrue(FORWARDED.overTls(
                false, "10.244.2.2", null, List.of("for=192.0.2.1;proto=http, for=10.0.0.3;proto=https")));
        assertFalse(COMPOSE_AND_INGRESS.overTls(false, "172.30.81.10", "http", null));
        assertFalse(COMPOSE_AND_INGRESS.overTls(false, "172.30.81.10", null, null));
        // Anyone can write the header: from an untrusted sender it means nothing.
        assertFalse(COMPOSE_AND_INGRESS.overTls(false, "198.51.100.23", "https", List.of("proto=https")));
    }

    @Test
    void a_bad_trusted_proxies_setting_stops_the_start_with_the_entry_named() {
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class, () -> new TrustedProxies(Optional.of(List.of("10.0.0.0/33"))));
        assertEquals("lorkit.http.trusted-proxies: \"10.0.0.0/33\" has a bad prefix length", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Optional.of(List.of("nginx"))));
    }
}
