package org.lorkit.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
public class RememberedTokens extends DefaultJWTParser {

    /** Tokens of about this many sessions at once; then all are forgotten and verified afresh. */
    static final int REMEMBERED = 10_000;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long skewSeconds;

    private record Verified(JsonWebToken token, long usableUntilMillis) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** For the container's proxy only. */
    RememberedTokens() {}

    @Inject
    public RememberedTokens(JWTAuthContextInfo settings) {
        super(settings);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified known = verified.get(token);
        if (known != null && clock.millis() <= known.usableUntilMillis()) {
            return known.token();
        }
        JsonWebToken fresh = verifyAfresh(token);
        if (verified.size() >= REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(fresh, (fresh.getExpirationTime() + skewSeconds) * 1000));
        return fresh;
    }

    /** The parser's own verification: signature, issuer, audience, dates (package-private: the test counts it). */
    JsonWebToken verifyAfresh(String token) throws ParseException {
        return super.parse(token);
    }
}
