package kz.tendik.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything else starts. {@code TENDIK_DB_URL} (or {@code spring.datasource.url})
 * points at an external PostgreSQL; without either, an embedded PostgreSQL 17 is started with its data kept
 * in {@code tendik.embedded.data-dir} (default {@code ./data/postgres}), so one command runs the whole system.
 * Tests set {@code tendik.embedded.ephemeral=true} to get a throw-away cluster per JVM.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "tendikDatabase";
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static Path ephemeral;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String externalUrl = environment.getProperty("TENDIK_DB_URL");
        if (StringUtils.hasText(externalUrl)) {
            properties.put("spring.datasource.url", externalUrl);
            putIfPresent(properties, "spring.datasource.username", environment.getProperty("TENDIK_DB_USER"));
            putIfPresent(properties, "spring.datasource.password", environment.getProperty("TENDIK_DB_PASSWORD"));
            properties.put("tendik.database.embedded", "false");
        } else if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            properties.put("tendik.database.embedded", "false");
        } else {
            boolean ephemeral = environment.getProperty("tendik.embedded.ephemeral", Boolean.class, false);
            Path dataDir = ephemeral ? ephemeralDirectory()
                    : Path.of(environment.getProperty("tendik.embedded.data-dir", "./data/postgres"));
            properties.put("spring.datasource.url", jdbcUrl(dataDir, !ephemeral));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("tendik.database.embedded", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (StringUtils.hasText(value)) {
            properties.put(key, value);
        }
    }

    /**
     * Starts the embedded server, or, when another Tendik process (the running web application) already serves
     * this data directory, connects to that server: so {@code tendik audit verify} works beside a running system.
     */
    private static String jdbcUrl(Path dataDir, boolean keepData) {
        try {
            return start(dataDir, keepData).getJdbcUrl("postgres", "postgres");
        } catch (IllegalStateException lockedByAnotherProcess) {
            Path pidFile = dataDir.resolve("postmaster.pid");
            try {
                List<String> lines = Files.readAllLines(pidFile);
                return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres?user=postgres";
            } catch (IOException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("The embedded database in " + dataDir.toAbsolutePath()
                        + " is locked by another process and not running; stop that process and try again.",
                        lockedByAnotherProcess);
            }
        }
    }

    private static synchronized EmbeddedPostgres start(Path dataDir, boolean keepData) {
        Path key = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(key);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(key)
                    .setCleanDataDirectory(!keepData)
                    .setRegisterShutdownHook(false) // stopped by us, after the application contexts close
                    .setServerConfig("max_connections", "200")
                    .start();
            RUNNING.put(key, postgres);
            // stop the server only after every application context has closed (they still use it while closing)
            SpringApplication.getShutdownHandlers().add(() -> close(postgres));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + key, e);
        }
    }

    /** One throw-away cluster per JVM, shared by every application context the tests create. */
    private static synchronized Path ephemeralDirectory() {
        if (ephemeral != null) {
            return ephemeral;
        }
        try {
            ephemeral = Files.createTempDirectory("tendik-pg-");
            return ephemeral;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing else can be done
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
