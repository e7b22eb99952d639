package nl.tafelgenoot.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Payara Micro with the portal WAR, run as a child process of the launcher.
 *
 * <p>A child process rather than Payara's embedded API because Payara Micro wants to own its JVM
 * (class loading, logging, shutdown hooks) and its own heap limit ({@code TAFELGENOOT_JAVA_OPTS}).
 * It uses the same {@code java} as the launcher and writes to the launcher's stdout and stderr.
 *
 * <p>The database is handed over as {@code TAFELGENOOT_DB_*} settings, which the WAR reads
 * through MicroProfile Config: URL, user and demo-data switch as {@code -D} system properties
 * (visible in {@code ps}, handy when diagnosing), and all of them, the password included, as
 * environment variables of the child process, so the password never appears on a command line. Payara Micro has no bind-address flag, so a preboot command
 * file sets the HTTP listener's address. Payara's root folder is wiped at every start: it
 * redeploys whatever an earlier run left in it.
 */
final class PayaraMicroProcess {

    private static final Logger LOG = Logger.getLogger(PayaraMicroProcess.class.getName());
    private static final long STOP_GRACE_SECONDS = 20;

    private final Process process;

    private PayaraMicroProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts Payara Micro.
     *
     * @param config launcher settings (port, bind address, data folder, JVM options, demo data)
     * @param database where the portal's database is
     * @param files the extracted Payara Micro jar and WAR
     */
    static PayaraMicroProcess start(LauncherConfig config, Database database, RuntimeFiles.Extracted files) {
        try {
            Path payaraDir = Files.createDirectories(config.dataDir().resolve("payara"));
            Path rootDir = payaraDir.resolve("root");
            deleteRecursively(rootDir);
            Path preboot = payaraDir.resolve("preboot.asadmin");
            Files.writeString(preboot, prebootCommands(config.bindAddress()));
            List<String> command = command(javaExecutable(), config, database, files, preboot, rootDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(files.payaraMicroJar().getParent().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment(database));
            Process process = builder.start();
            process.getOutputStream().close(); // Payara reads nothing from stdin
            LOG.info("Started Payara Micro (pid " + process.pid() + ")");
            return new PayaraMicroProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    /** Where the portal's database is; the password stays out of {@link #toString()}. */
    record Database(String url, String user, String password, boolean demoData) {
        @Override
        public String toString() {
            return "Database[" + url + " as " + user + ", demoData=" + demoData + "]";
        }
    }

    static String prebootCommands(String bindAddress) {
        return "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=" + bindAddress + System.lineSeparator();
    }

    /**
     * The database settings as environment variables of the Payara process. The password goes
     * only here: any local user can read a process's command line, not its environment.
     */
    static Map<String, String> environment(Database database) {
        return Map.of(
                LauncherConfig.DB_URL, database.url(),
                LauncherConfig.DB_USER, database.user(),
                LauncherConfig.DB_PASSWORD, database.password(),
                LauncherConfig.DEMO_DATA, String.valueOf(database.demoData()));
    }

    static List<String> command(String java, LauncherConfig config, Database database,
                                RuntimeFiles.Extracted files, Path prebootFile, Path rootDir) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(config.javaOpts());
        command.add("-D" + LauncherConfig.DB_URL + "=" + database.url());
        command.add("-D" + LauncherConfig.DB_USER + "=" + database.user());
        command.add("-D" + LauncherConfig.DEMO_DATA + "=" + database.demoData());
        command.addAll(List.of(
                "-jar", files.payaraMicroJar().toString(),
                "--deploy", files.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(config.port()),
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile", prebootFile.toString(),
                "--rootdir", rootDir.toString()));
        return command;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until Payara exits by itself; returns its exit code. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Asks Payara to stop (SIGTERM), waits up to 20 s, then kills it. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        LOG.info("Stopping Payara Micro (pid " + process.pid() + ")");
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Payara Micro did not stop within " + STOP_GRACE_SECONDS + " s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
