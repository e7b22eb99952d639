package nl.tafelgenoot.ui.booking.agenda;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * An advisor's private calendar feed at {@code /agenda-feed/<organisation>/<secret>.ics}, for
 * calendar apps, which cannot log in: the secret is the key, and it only opens the feed on its own
 * organisation's address. Anything that opens nothing (unknown, reset, another organisation's,
 * malformed) is a bare 404 that tells nothing about why; too many tries from one address are 429.
 * Its own servlet mapping outranks Vaadin's {@code /*}; Shiro has no URL rules, so it needs no
 * login; the organisation comes from the address, through {@link PublicBooking}, never from a session.
 */
@WebServlet(name = "AgendaFeed", urlPatterns = AgendaFeedServlet.PATH + "/*")
public class AgendaFeedServlet extends HttpServlet {

    public static final String PATH = "/agenda-feed";

    private static final Pattern FEED = Pattern.compile("/([a-z0-9-]{1,80})/([A-Za-z0-9_-]{1,100})\\.ics");

    @Inject
    PublicBooking desk;

    /** The feed's full address for a page at {@code base} ("https://host/context"). */
    static String address(String base, String organisationSlug, String token) {
        return base + PATH + "/" + organisationSlug + "/" + token + ".ics";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher feed = FEED.matcher(path == null ? "" : path);
        Optional<String> calendar;
        try {
            calendar = feed.matches() ? desk.feed(feed.group(1), feed.group(2), request.getRemoteAddr()) : Optional.empty();
        } catch (RuntimeException failure) {
            if (!Failures.causedBy(failure, RateLimited.class)) {
                throw failure;
            }
            response.setStatus(429);
            response.setHeader("Retry-After", "600");
            plain(response, "Too many requests");
            return;
        }
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            plain(response, "Not found");
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void plain(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(text);
    }
}
