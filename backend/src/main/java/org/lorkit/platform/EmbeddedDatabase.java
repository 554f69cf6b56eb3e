package org.lorkit.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The default database: a real PostgreSQL 17 run by the zonky binaries, keeping its
 * files in a data directory so data survives restarts. Used by the app when no
 * external database is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "lorkit";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * The database of `make run`, which people use as their install: every commit is on disk before
     * the API answers. zonky's defaults (fsync, synchronous_commit and full_page_writes off) would
     * lose the last notes, or corrupt the cluster, when the laptop loses power.
     */
    public static EmbeddedDatabase startDurable(Path dataDir) throws IOException {
        return start(dataDir, 0, true);
    }

    /**
     * A test run's throw-away database: zonky's defaults (no fsync), since nothing in it must
     * survive a crash and the suite runs thousands of commits.
     */
    public static EmbeddedDatabase startThrowAway(Path dataDir) throws IOException {
        return start(dataDir, 0, false);
    }

    /** Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDir}. */
    static EmbeddedDatabase start(Path dataDir, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase db = new EmbeddedDatabase(postgres);
        db.createDatabaseIfMissing();
        LOG.infof(
                "Embedded PostgreSQL ready on port %d in %d ms (data: %s)",
                postgres.getPort(), (System.nanoTime() - started) / 1_000_000, dataDir);
        return db;
    }

    /** The value of a server setting, as {@code SHOW} gives it (for checks and the start log). */
    public String setting(String name) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('" + name.replace("'", "") + "')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IOException("Could not read the setting " + name, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Datasource settings in Quarkus' names, for system properties or a test resource. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                jdbcUrl(),
                "quarkus.datasource.username",
                USER,
                "quarkus.datasource.password",
                "");
    }

    /** System properties outrank application.properties and env, so the embedded one wins. */
    public void exposeAsDatasourceProperties() {
        datasourceProperties().forEach(System::setProperty);
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded database", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
