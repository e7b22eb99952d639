package nl.tafelgenoot.ui.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a logged-in session after {@link SessionTimeout} without activity, also while its tab stays
 * open. Vaadin's heartbeat (a request every few minutes from an open tab) keeps the servlet
 * session alive, and Vaadin's {@code closeIdleSessions} then only drops Vaadin's own part of it:
 * the login, kept by Shiro in the same servlet session, would survive and a reload would show the
 * portal again. So this filter, mapped before Shiro's in web.xml, counts every request but a
 * heartbeat as activity, from its start until its answer, and invalidates the whole session at
 * the first request after the idle time; the servlet container ends one that gets no request at all. Either way the person's next
 * page is the login page, which then says why ({@link #takeExpiredNotice}).
 */
@WebListener
public class IdleSessions implements Filter, HttpSessionListener {

    /** Session attribute: the last request of the logged-in person that was not a heartbeat. */
    static final String LAST_ACTIVE = "tafelgenoot.lastActive";
    /** Session attribute of the new session: the previous one ended for inactivity. */
    static final String EXPIRED_NOTICE = "tafelgenoot.expiredForInactivity";
    /** How long an ended session's id is remembered, so its browser can be told when it comes back. */
    private static final Duration REMEMBERED = Duration.ofHours(12);
    private static final int MOST_REMEMBERED = 10_000;

    /** Ids of sessions that ended for inactivity (in memory, per node, as the sessions themselves). */
    private static final Map<String, Instant> ENDED = new ConcurrentHashMap<>();

    private final Clock clock;

    /** As the servlet container makes it. */
    public IdleSessions() {
        this(Clock.systemUTC());
    }

    /** With a clock a test moves by hand. */
    IdleSessions(Clock clock) {
        this.clock = clock;
    }

    /** At login: the session ends after the configured idle time, counted from now. */
    static void loggedIn(HttpSession session) {
        session.setMaxInactiveInterval((int) SessionTimeout.configured().toSeconds());
        session.setAttribute(LAST_ACTIVE, Instant.now());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        check(http);
        try {
            chain.doFilter(request, response);
        } finally {
            stillActive(http);
        }
    }

    /**
     * Counts the end of a request as activity too: a person waiting for a slow answer (a large
     * export, the first page after a node started) is not idle meanwhile, and the idle time runs
     * from the moment they have the answer.
     */
    private void stillActive(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || SessionActivity.isHeartbeat(request)) {
            return;
        }
        try {
            if (session.getAttribute(LAST_ACTIVE) != null) {
                session.setAttribute(LAST_ACTIVE, clock.instant());
            }
        } catch (IllegalStateException ended) {
            // logged out or invalidated by this request: nothing to count
        }
    }

    private void check(HttpServletRequest request) {
        Instant now = clock.instant();
        HttpSession session = request.getSession(false);
        try {
            if (session != null && lastActive(session) instanceof Instant last) {
                if (idleTooLong(session, last, now)) {
                    remember(session.getId(), now);
                    invalidate(session);
                    session = null;
                } else if (!SessionActivity.isHeartbeat(request)) {
                    session.setAttribute(LAST_ACTIVE, now);
                }
            }
        } catch (IllegalStateException endedMeanwhile) {
            session = null; // logged out or expired by a request at the same moment
        }
        String requested = request.getRequestedSessionId();
        if (session == null && requested != null && ENDED.remove(requested) != null) {
            request.getSession(true).setAttribute(EXPIRED_NOTICE, Boolean.TRUE);
        }
    }

    /** A session the container times out (no request at all, not even a heartbeat) is remembered too. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Instant now = clock.instant();
        // A second's slack: the container counts from the last request, which may be a heartbeat.
        if (lastActive(session) instanceof Instant last && idleTooLong(session, last.minusSeconds(1), now)) {
            remember(session.getId(), now);
        }
    }

    /**
     * Whether the person's previous session ended for inactivity; asked once, by the login page,
     * to tell them so.
     */
    public static boolean takeExpiredNotice(WrappedSession session) {
        if (session == null || session.getAttribute(EXPIRED_NOTICE) == null) {
            return false;
        }
        session.removeAttribute(EXPIRED_NOTICE);
        return true;
    }

    private static Object lastActive(HttpSession session) {
        try {
            return session.getAttribute(LAST_ACTIVE);
        } catch (IllegalStateException alreadyEnded) {
            return null;
        }
    }

    private static boolean idleTooLong(HttpSession session, Instant last, Instant now) {
        int seconds = session.getMaxInactiveInterval();
        return seconds > 0 && !Duration.between(last, now).minusSeconds(seconds).isNegative();
    }

    private static void remember(String sessionId, Instant now) {
        ENDED.values().removeIf(at -> at.isBefore(now.minus(REMEMBERED)));
        if (ENDED.size() < MOST_REMEMBERED) {
            ENDED.put(sessionId, now);
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended meanwhile by another request: nothing left to do
        }
    }
}
