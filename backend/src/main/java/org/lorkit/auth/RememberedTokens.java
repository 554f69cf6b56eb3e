package org.lorkit.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The access-token parser of the API, remembering tokens it has verified. The app sends the same access
 * token with every request for up to 15 minutes, and checking its RS256 signature and claims again each
 * time was a tenth or more of a list's CPU under load (docs/BENCHMARKS.md, profile findings). The same
 * text was verified before, so it verifies again: the remembered answer is used until the token expires
 * (plus the clock skew the parser allows), never longer. Whether the account may still use it is not
 * remembered: ActiveAccountAugmentor reads that from the database on every request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens implements JWTParser {

    /** Tokens of about this many sessions at once; then all are forgotten and verified afresh. */
    static final int REMEMBERED = 10_000;

    @Inject
    JWTAuthContextInfo settings;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long skewSeconds;

    // Package-private: the test counts the verifications it does.
    DefaultJWTParser parser;

    private record Verified(JsonWebToken token, long usableUntilMillis) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        parser = new DefaultJWTParser(settings);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified known = verified.get(token);
        if (known != null && clock.millis() <= known.usableUntilMillis()) {
            return known.token();
        }
        JsonWebToken fresh = parser.parse(token);
        if (verified.size() >= REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(fresh, (fresh.getExpirationTime() + skewSeconds) * 1000));
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
