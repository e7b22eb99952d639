package nl.tafelgenoot.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.tafelgenoot.persistence.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * When a logged-in session counts as idle: from the answer to the person's last request, not its
 * start, and never because of a heartbeat. (The journey {@code IdleSessionJourneyIT} shows the
 * whole of it in a browser; this is the timing rule in isolation, with a one-second idle time
 * on a clock the test moves.)
 */
class IdleSessionsTest {

    private static final Duration SLOW_ANSWER = Duration.ofMillis(1500);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final IdleSessions filter = new IdleSessions(clock);

    @Test
    void aSlowAnswerIsNotIdleTime() throws Exception {
        FakeSession session = loggedIn();
        filter.doFilter(request(session, null), null, (req, res) -> clock.advance(SLOW_ANSWER));

        filter.doFilter(request(session, null), null, (req, res) -> { });
        assertThat(session.invalidated).as("the click right after a slow answer").isFalse();
    }

    @Test
    void aRequestAfterTheIdleTimeEndsTheSessionAndHeartbeatsDoNotCount() throws Exception {
        FakeSession session = loggedIn();
        clock.advance(Duration.ofMillis(500));
        filter.doFilter(request(session, "v-r=heartbeat&v-uiId=0"), null, (req, res) -> { });
        clock.advance(Duration.ofMillis(750)); // 1.25 s since the login, 0.75 s since the heartbeat

        filter.doFilter(request(session, "v-r=uidl&v-uiId=0"), null, (req, res) -> { });
        assertThat(session.invalidated).as("idle longer than a second, the heartbeat not counting").isTrue();
    }

    private FakeSession loggedIn() {
        FakeSession session = new FakeSession();
        session.attributes.put(IdleSessions.LAST_ACTIVE, clock.instant());
        return session;
    }

    private static HttpServletRequest request(FakeSession session, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(IdleSessionsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> !session.invalidated ? session.proxy()
                            : args != null && Boolean.TRUE.equals(args[0]) ? new FakeSession().proxy() : null;
                    case "getQueryString" -> query;
                    case "getRequestedSessionId" -> session.id;
                    default -> null;
                });
    }

    /** A servlet session of one logged-in person, idle after one second. */
    private static final class FakeSession {
        final String id = "session-" + System.nanoTime();
        final Map<String, Object> attributes = new HashMap<>();
        boolean invalidated;

        HttpSession proxy() {
            return (HttpSession) Proxy.newProxyInstance(IdleSessionsTest.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                        if (invalidated && !method.getName().equals("getId")) {
                            throw new IllegalStateException("invalidated");
                        }
                        return switch (method.getName()) {
                            case "getAttribute" -> attributes.get((String) args[0]);
                            case "setAttribute" -> attributes.put((String) args[0], args[1]);
                            case "getMaxInactiveInterval" -> 1;
                            case "getId" -> id;
                            case "invalidate" -> {
                                invalidated = true;
                                yield null;
                            }
                            default -> null;
                        };
                    });
        }
    }
}
