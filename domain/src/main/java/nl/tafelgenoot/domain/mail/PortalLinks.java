package nl.tafelgenoot.domain.mail;

import java.util.Optional;

/**
 * Links to the portal in mails. The base is {@code TAFELGENOOT_BASE_URL} (default
 * {@code http://localhost:8080/}), always ending in a slash.
 */
public final class PortalLinks {

    private static final String BASE = base(System.getenv("TAFELGENOOT_BASE_URL"));

    private PortalLinks() {
    }

    /** The portal's address plus the path (without a leading slash). */
    public static String to(String path) {
        return BASE + path;
    }

    static String base(String configured) {
        String base = Optional.ofNullable(configured).map(String::strip).filter(s -> !s.isEmpty())
                .orElse("http://localhost:8080/");
        return base.endsWith("/") ? base : base + "/";
    }
}
