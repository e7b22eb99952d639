package nl.tafelgenoot.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in sessions of this node, so a person sees where they are logged in and can end
 * the others (a forgotten computer at the library). Each is known by a random key, never by its
 * session id; a person reaches only their own. Kept in memory: with several nodes, each shows and
 * ends the sessions it holds.
 */
@ApplicationScoped
public class ActiveSessions {

    static final String KEY = "tafelgenoot.sessionKey";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session as its owner sees it. */
    public record SessionInfo(String key, String browser, String address, Instant started, Instant lastSeen,
                              boolean current) {
    }

    private record Entry(long accountId, HttpSession session, String browser, String address, Instant started,
                         Instant lastSeen) {
        Entry seen(Instant now) {
            return new Entry(accountId, session, browser, address, started, now);
        }
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    void loggedIn(long accountId, HttpServletRequest request, String browser) {
        HttpSession session = request.getSession();
        String key = HexFormat.of().formatHex(random());
        session.setAttribute(KEY, key);
        Instant now = clock.instant();
        sessions.put(key, new Entry(accountId, session, browser, request.getRemoteAddr(), now, now));
    }

    void seen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(KEY);
        if (key instanceof String k) {
            sessions.computeIfPresent(k, (id, entry) -> entry.seen(clock.instant()));
        }
    }

    void ended(HttpSession session) {
        Object key = session.getAttribute(KEY);
        if (key instanceof String k) {
            sessions.remove(k);
        }
    }

    /** The person's sessions on this node, the most recently used first. */
    public List<SessionInfo> of(long accountId, HttpSession current) {
        Object currentKey = current == null ? null : current.getAttribute(KEY);
        return sessions.entrySet().stream().filter(e -> e.getValue().accountId() == accountId)
                .map(e -> new SessionInfo(e.getKey(), e.getValue().browser(), e.getValue().address(),
                        e.getValue().started(), e.getValue().lastSeen(), e.getKey().equals(currentKey)))
                .sorted(Comparator.comparing(SessionInfo::current).reversed()
                        .thenComparing(SessionInfo::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the person's own sessions; another person's key ends nothing. */
    public boolean end(long accountId, String key) {
        Entry entry = sessions.get(key);
        if (entry == null || entry.accountId() != accountId) {
            return false;
        }
        sessions.remove(key);
        invalidate(entry.session());
        return true;
    }

    /** Ends every session of the person but this one (after a password change, or on request). */
    public int endOthers(long accountId, HttpSession current) {
        Object currentKey = current == null ? null : current.getAttribute(KEY);
        List<String> others = sessions.entrySet().stream()
                .filter(e -> e.getValue().accountId() == accountId && !e.getKey().equals(currentKey))
                .map(Map.Entry::getKey).toList();
        others.forEach(key -> end(accountId, key));
        return others.size();
    }

    private static byte[] random() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return key;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended by itself in the meantime: nothing left to do
        }
    }
}
