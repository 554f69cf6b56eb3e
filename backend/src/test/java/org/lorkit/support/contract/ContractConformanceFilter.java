package org.lorkit.support.contract;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A REST Assured filter that checks every answer the test suite receives against
 * openapi/openapi.yaml and keeps the violations for {@link ContractConformanceExtension}
 * to report; it never changes what the test itself sees.
 */
public final class ContractConformanceFilter implements Filter {

    public static final ContractConformanceFilter INSTANCE = new ContractConformanceFilter();

    private final List<String> violations = new ArrayList<>();
    private final Set<String> covered = ConcurrentHashMap.newKeySet();
    private int checked;

    private ContractConformanceFilter() {}

    /** Adds the filter to REST Assured's global filters (once) and forgets earlier violations. */
    public static void install() {
        synchronized (RestAssured.class) {
            if (RestAssured.filters().stream().noneMatch(f -> f == INSTANCE)) {
                RestAssured.filters(INSTANCE);
            }
        }
        INSTANCE.drainViolations();
    }

    /** The violations since {@link #install()} as one message, or null when there were none. */
    public static String drainReport() {
        List<String> violations = INSTANCE.drainViolations();
        if (violations.isEmpty()) {
            return null;
        }
        return violations.size() + " answer(s) do not conform to openapi/openapi.yaml"
                + " (fix the code or its OpenAPI annotations, then `make openapi`):\n - "
                + violations.stream().distinct().collect(Collectors.joining("\n - "));
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        record(
                request.getMethod(),
                URI.create(request.getURI()).getRawPath(),
                response.statusCode(),
                response.contentType(),
                response.asString());
        return response;
    }

    /** Checks one exchange; also used by tests that speak plain HTTP. */
    public void record(String method, String path, int status, String contentType, String body) {
        ContractConformance contract = ContractConformance.committed();
        List<String> found = contract.check(method, path, status, contentType, body);
        contract.document().match(method, path).ifPresent(op -> covered.add(op.operationId() + " " + status));
        synchronized (this) {
            checked++;
            violations.addAll(found);
        }
    }

    /** Violations found since the last call, removed from the filter. */
    public synchronized List<String> drainViolations() {
        List<String> drained = List.copyOf(violations);
        violations.clear();
        return drained;
    }

    /** How much of the contract the suite's traffic has exercised so far (this test JVM and class loader). */
    public static String summary() {
        int operations = ContractConformance.committed().document().operations().size();
        long seen = INSTANCE.covered.stream()
                .map(c -> c.substring(0, c.indexOf(' ')))
                .distinct()
                .count();
        synchronized (INSTANCE) {
            return INSTANCE.checked + " answers checked; " + seen + " of " + operations + " operations and "
                    + INSTANCE.covered.size() + " operation/status pairs seen";
        }
    }
}
