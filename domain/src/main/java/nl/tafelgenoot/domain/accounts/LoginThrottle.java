package nl.tafelgenoot.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed log-in attempts for one identity (a normalised e-mail address, whether or not an
 * account exists for it, so the lock itself reveals nothing). After {@value #MAX_FAILURES}
 * consecutive failures every try is refused for {@link #LOCK_PERIOD}, even with the right password.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_PERIOD = Duration.ofMinutes(15);

    @Id
    @Column(length = 254)
    private String identity;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String identity) {
        this.identity = identity;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns whether the identity is locked from now on. */
    public boolean registerFailure(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_PERIOD);
        }
        return isLocked(now);
    }

    public void registerSuccess() {
        failures = 0;
        lockedUntil = null;
    }

    public String identity() {
        return identity;
    }

    public int failures() {
        return failures;
    }
}
