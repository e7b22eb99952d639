package nl.tafelgenoot.ui.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro process serving the packaged portal at the root context, as the journeys of a
 * {@link PortalKind} share it. Its output goes to {@code target/shared-portal-<kind>.log}, the
 * first place to look when a journey fails on the server's side. Closed (the process stopped)
 * when JUnit closes the root store at the end of the run.
 */
final class RunningPortal implements ExtensionContext.Store.CloseableResource {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final URL url;

    private RunningPortal(Process process, URL url) {
        this.process = process;
        this.url = url;
    }

    static RunningPortal start(PortalKind kind) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "shared-portal-" + kind.name().toLowerCase()));
            Path war = Files.copy(Path.of(System.getProperty("tafelgenoot.war", "target/portal-ui.war")),
                    dir.resolve("ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.addAll(kind.systemProperties());
            command.addAll(List.of("-jar", PortalKind.required("payara.microJar"), "--nohazelcast", "--disablephonehome",
                    "--port", String.valueOf(port), "--rootdir", dir.resolve("root").toString(),
                    "--deploy", war.toString()));
            File log = new File("target", "shared-portal-" + kind.name().toLowerCase() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RunningPortal portal = new RunningPortal(process, URI.create("http://localhost:" + port + "/").toURL());
            portal.awaitReady(log);
            return portal;
        } catch (IOException e) {
            throw new IllegalStateException("the shared portal did not start", e);
        }
    }

    URL url() {
        return url;
    }

    /** Waits until the portal answers its login page, or gives up when the process ends or takes too long. */
    private void awaitReady(File log) {
        Instant until = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the shared portal stopped while starting; see " + log);
            }
            if (answers()) {
                return;
            }
            try {
                process.waitFor(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("the shared portal did not answer within " + STARTUP + "; see " + log);
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url, "login").openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(30_000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
