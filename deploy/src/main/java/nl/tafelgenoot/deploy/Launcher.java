package nl.tafelgenoot.deploy;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar tafelgenoot.jar}: the one command that runs the whole portal.
 *
 * <p>Someone trying Tafelgenoot should not have to install a database or an application server.
 * So the jar carries both: unless {@code TAFELGENOOT_DB_URL} points at an external MariaDB, it
 * starts an embedded one whose data stays in the data folder, then runs Payara Micro with the
 * portal WAR as a child process, waits until the login page answers and prints the URL (and the
 * demo logins). Production uses the same jar with an external database.
 *
 * <p>One launcher per data folder ({@link DataFolderLock}). Stopping is ordered: on SIGTERM or
 * Ctrl-C, Payara first (so the portal never runs without its database), then the database. When Payara dies by itself, the launcher stops the database and
 * exits with status 1, so a supervisor sees the failure and can restart it.
 */
public final class Launcher {

    static {
        Logging.configure(); // before the first Logger exists
    }

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private final LauncherConfig config;
    private final PrintStream out;
    private final Object lock = new Object();
    private boolean stopping;
    private EmbeddedMariaDb embeddedDb;
    private PayaraMicroProcess payara;
    @SuppressWarnings("unused") // held so the lock lives as long as the launcher
    private DataFolderLock dataFolderLock;

    Launcher(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static void main(String[] args) {
        LauncherConfig config;
        try {
            config = LauncherConfig.fromRuntime();
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            System.exit(2);
            return;
        }
        int status = new Launcher(config, System.out).run();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Starts everything and blocks while Payara runs.
     *
     * @return 0 after a requested stop, 1 when something failed or Payara died by itself
     */
    int run() {
        long started = System.nanoTime();
        LOG.info("Starting Tafelgenoot: " + config);
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdownHook, "tafelgenoot-shutdown"));
        try {
            dataFolderLock = DataFolderLock.acquire(config.dataDir());
            dataFolderLock.stopOrphans();
            PayaraMicroProcess.Database database = startDatabase();
            RuntimeFiles.Extracted files = RuntimeFiles.extractTo(config.dataDir().resolve("runtime"));
            PayaraMicroProcess portal = startPayara(database, files);
            if (portal == null) {
                return 0;
            }
            URI base = LoginPageProbe.baseUrl(config.bindAddress(), config.port());
            if (new LoginPageProbe(base.resolve("/login")).awaitOk(portal::isAlive)) {
                Duration startTime = Duration.ofNanos(System.nanoTime() - started);
                out.print(Banner.text(base.toString(), startTime, config.demoData()));
                out.flush();
            }
            int exitCode = portal.waitFor();
            synchronized (lock) {
                if (stopping) {
                    return 0;
                }
            }
            LOG.severe("Payara Micro stopped by itself with exit code " + exitCode + "; stopping Tafelgenoot");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a plain IllegalStateException is a situation explained by its message alone
            boolean explained = e instanceof IllegalStateException && e.getCause() == null;
            LOG.log(Level.SEVERE, "Tafelgenoot could not start: " + e.getMessage(), explained ? null : e);
        }
        stopAll();
        return 1;
    }

    private PayaraMicroProcess.Database startDatabase() {
        if (!config.usesEmbeddedDatabase()) {
            LOG.info("Using the external database " + config.dbUrl());
            return new PayaraMicroProcess.Database(config.dbUrl(), config.dbUser(), config.dbPassword(),
                    config.demoData());
        }
        synchronized (lock) {
            if (stopping) {
                throw new IllegalStateException("stopped during start");
            }
            embeddedDb = new EmbeddedMariaDb(config.dataDir());
            String url = embeddedDb.start();
            LOG.info("Embedded MariaDB listening on 127.0.0.1:" + embeddedDb.port());
            return new PayaraMicroProcess.Database(url, "root", "", config.demoData());
        }
    }

    private PayaraMicroProcess startPayara(PayaraMicroProcess.Database database, RuntimeFiles.Extracted files) {
        synchronized (lock) {
            if (stopping) {
                return null;
            }
            payara = PayaraMicroProcess.start(config, database, files);
            return payara;
        }
    }

    private void shutdownHook() {
        stopAll();
        Logging.closeAfterShutdown();
    }

    /** Stops Payara, then the database; safe to call more than once and from any thread. */
    private void stopAll() {
        synchronized (lock) {
            stopping = true;
            if (payara != null) {
                payara.stop();
                payara = null;
            }
            if (embeddedDb != null) {
                embeddedDb.stop();
                LOG.info("Embedded MariaDB stopped");
                embeddedDb = null;
            }
        }
    }
}
