package org.lorkit.support.contract;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class through META-INF/services (quarkus-junit-config already turns on
 * JUnit extension autodetection; a second junit-platform.properties would drop its class orderer):
 * installs {@link ContractConformanceFilter} into REST Assured, and fails a test class whose traffic
 * received an answer the contract does not describe (undocumented status, media type or body
 * shape), naming operation, status and the violation.
 *
 * <p>A @QuarkusTest class runs in Quarkus' own class loader, with its own copy of REST Assured;
 * so the filter is reached through the test class' loader, not this extension's.
 */
public class ContractConformanceExtension implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        call(context, "install");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Object report = call(context, "drainReport");
        Object summary = call(context, "summary");
        if (!String.valueOf(summary).startsWith("0 answers")) {
            System.out.println("Contract conformance: " + summary);
        }
        if (report != null) {
            throw new AssertionError(context.getDisplayName() + ": " + report);
        }
    }

    private static Object call(ExtensionContext context, String method) {
        try {
            Class<?> filter = Class.forName(
                    ContractConformanceFilter.class.getName(),
                    true,
                    context.getRequiredTestClass().getClassLoader());
            return filter.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Contract conformance check failed to " + method, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Contract conformance check cannot " + method, e);
        }
    }
}
