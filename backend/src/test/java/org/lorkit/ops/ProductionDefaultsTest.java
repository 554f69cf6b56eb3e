package org.lorkit.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Issue 19, item 9: what a production start gets without being told otherwise. */
@QuarkusTest
class ProductionDefaultsTest {

    @Test
    void swaggerUiIsOffUnlessLorkitSwaggerUiIsTrue() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void asvs_16_2_1_plainLogLinesCarryTheDate() {
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        assertTrue(format.startsWith("%d{yyyy-MM-dd HH:mm:ss}"), format);
    }

    @Test
    void migrationsUseTheApplicationsCredentialsUnlessAMigrationRoleIsGiven() {
        var config = ConfigProvider.getConfig();
        assertEquals(
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.flyway.username", String.class));
    }
}
