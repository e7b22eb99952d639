package nl.tafelgenoot.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Tells when the portal is really usable: its login page answers 200.
 *
 * <p>Payara's "started" log line comes before the WAR has migrated and seeded its database, so
 * the launcher asks the page itself, a few times per second, for as long as Payara is alive.
 */
final class LoginPageProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final URI loginPage;

    LoginPageProbe(URI loginPage) {
        this.loginPage = loginPage;
    }

    /** The portal's base URL for a bind address; wildcard addresses are reached on loopback. */
    static URI baseUrl(String bindAddress, int port) {
        String host = switch (bindAddress) {
            case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
            default -> bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
        };
        return URI.create("http://" + host + ":" + port + "/");
    }

    /**
     * Polls the login page until it answers 200 or {@code stillStarting} turns false.
     *
     * @return true when the page answered 200
     */
    boolean awaitOk(BooleanSupplier stillStarting) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(loginPage).timeout(Duration.ofSeconds(10)).GET().build();
        while (stillStarting.getAsBoolean()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }
}
