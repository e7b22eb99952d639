package nl.tafelgenoot.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;

/**
 * Keeps {@link ActiveSessions} current: every request but a heartbeat marks its session as seen
 * (web.xml maps this filter after Shiro's), and a session that ends (logout, time-out, ended by its
 * owner) leaves the list.
 */
@WebListener
public class SessionActivity implements Filter, HttpSessionListener {

    @Inject
    ActiveSessions sessions;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && !isHeartbeat(http)) {
            sessions.seen(http);
        }
        chain.doFilter(request, response);
    }

    /** An open tab's heartbeat is not the person doing something. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
