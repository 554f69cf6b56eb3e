package org.lorkit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `make run` is an install: the database it starts (LorkitMain → startDurable) must have every
 * commit on disk, unlike the tests' throw-away one. Plain JUnit, no Quarkus: the same call LorkitMain makes.
 */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void theDatabaseOfMakeRunWritesEveryCommitToDisk(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(dataDir.resolve("postgres"))) {
            assertEquals("on", db.setting("fsync"));
            assertEquals("on", db.setting("synchronous_commit"));
            assertEquals("on", db.setting("full_page_writes"));
        }
    }

    @Test
    void aRestartOnTheSameFolderKeepsItDurable(@TempDir Path dataDir) throws Exception {
        // The second start finds an existing cluster (a person's second `make run`): its settings come from us, not
        // from the folder.
        EmbeddedDatabase.startDurable(dataDir.resolve("postgres")).close();
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(dataDir.resolve("postgres"))) {
            assertEquals("on", db.setting("fsync"));
        }
    }

    @Test
    void theTestsThrowAwayDatabaseSkipsFsyncForSpeed(@TempDir Path dataDir) throws Exception {
        // Shows that the switch is ours: without it, zonky turns fsync off.
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowAway(dataDir.resolve("postgres"))) {
            assertEquals("off", db.setting("fsync"));
        }
    }
}
