package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built {@code tafelgenoot.jar} as an operator runs it: {@code java -jar}, embedded database,
 * demo data, and a restart that keeps the data without seeding it again.
 */
class LauncherIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataDir = Path.of(System.getProperty("tafelgenoot.it.dir", "target/it"))
            .resolve("data-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    private RunningJar running;

    @AfterEach
    void stopJar() throws Exception {
        if (running != null) {
            running.stop();
        }
    }

    @Test
    void startsServesLoginAndKeepsDataAcrossRestart() throws Exception {
        int port = freePort();

        running = RunningJar.start(dataDir, port, 1);
        String title = awaitLoginPage(port);
        assertThat(title).contains("Tafelgenoot");
        String dbUrl = "jdbc:mariadb://127.0.0.1:" + running.embeddedDbPort() + "/tafelgenoot";

        String marker = "marker-" + UUID.randomUUID();
        long organisations;
        try (Connection db = DriverManager.getConnection(dbUrl, "root", "")) {
            organisations = count(db, "select count(*) from organisation");
            assertThat(organisations).as("demo organisations").isGreaterThanOrEqualTo(2);
            assertThat(count(db, "select count(*) from client")).as("demo clients").isPositive();
            long clientId = count(db, "select min(id) from client");
            try (PreparedStatement update = db.prepareStatement("update client set notes = ? where id = ?")) {
                update.setString(1, marker);
                update.setLong(2, clientId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }

        running.stop();
        assertThat(processesMentioning(dataDir)).as("processes left running on " + dataDir).isEmpty();

        running = RunningJar.start(dataDir, port, 2);
        awaitLoginPage(port);
        try (Connection db = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + running.embeddedDbPort() + "/tafelgenoot", "root", "")) {
            assertThat(count(db, "select count(*) from client where notes = '" + marker + "'"))
                    .as("marker written before the restart").isEqualTo(1);
            assertThat(count(db, "select count(*) from organisation"))
                    .as("no second seeding").isEqualTo(organisations);
        }
        running.stop();
        assertThat(processesMentioning(dataDir)).isEmpty();
        deleteRecursively(dataDir); // ~600 MB; kept (with the logs beside it) when the test fails
    }

    /** Polls /login until it answers 200; returns the page title. */
    private String awaitLoginPage(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!running.process.isAlive()) {
                fail("tafelgenoot.jar exited with " + running.process.exitValue() + ":\n" + running.tail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Matcher title = TITLE.matcher(response.body());
                    return title.find() ? title.group(1) : response.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return fail("no 200 on /login within " + START_TIMEOUT + ":\n" + running.tail());
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> processesMentioning(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(dir.toString()))
                .toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One {@code java -jar tafelgenoot.jar}, its output kept in memory and in a log file. */
    private static final class RunningJar {

        final Process process;
        final List<String> output = new CopyOnWriteArrayList<>();

        private RunningJar(Process process) {
            this.process = process;
        }

        static RunningJar start(Path dataDir, int port, int run) throws IOException {
            Path jar = Path.of(System.getProperty("tafelgenoot.jar", "target/tafelgenoot.jar"));
            assertThat(jar).exists();
            Files.createDirectories(dataDir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-DTAFELGENOOT_PORT=" + port,
                    "-DTAFELGENOOT_DATA_DIR=" + dataDir,
                    "-jar", jar.toAbsolutePath().toString())
                    .redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("TAFELGENOOT_"));
            RunningJar running = new RunningJar(builder.start());
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + run + ".log");
            Thread reader = new Thread(() -> running.copyOutput(log), "tafelgenoot-jar-output-" + run);
            reader.setDaemon(true);
            reader.start();
            return running;
        }

        private void copyOutput(Path log) {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    out.println(line);
                }
            } catch (IOException e) {
                output.add("(output reader failed: " + e + ")");
            }
        }

        int embeddedDbPort() {
            return output.stream().map(DB_PORT::matcher).filter(Matcher::find)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).reduce((first, last) -> last)
                    .orElseThrow(() -> new AssertionError("no embedded MariaDB port in the output:\n" + tail()));
        }

        /** SIGTERM, as an operator's Ctrl-C or a service manager would send. */
        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.toHandle().destroy(); // Process.destroy() would also close our end of its output
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail("tafelgenoot.jar did not stop within 60 s of SIGTERM:\n" + tail());
                }
            }
        }

        String tail() {
            List<String> lines = List.copyOf(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
