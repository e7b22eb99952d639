package nl.tafelgenoot.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void theSixthBookingWithinTheHourIsRefused() {
        RateLimit limit = RateLimit.bookings(clock);
        for (int booking = 1; booking <= 5; booking++) {
            assertThat(limit.tryAcquire("203.0.113.7")).as("booking %d", booking).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limit.retryAfter("203.0.113.7")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void attemptsComeBackAsTheBucketRefills() {
        RateLimit limit = RateLimit.bookings(clock);
        for (int booking = 1; booking <= 5; booking++) {
            assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limit.retryAfter("203.0.113.7")).isEqualTo(Duration.ofMinutes(12));

        // Five an hour: one comes back every 12 minutes, all five after the hour.
        clock.advance(Duration.ofMinutes(11));
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();

        clock.advance(Duration.ofHours(1));
        for (int booking = 1; booking <= 5; booking++) {
            assertThat(limit.tryAcquire("203.0.113.7")).as("booking %d after the hour", booking).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void addressesAreCountedApart() {
        RateLimit limit = RateLimit.bookings(clock);
        for (int booking = 1; booking <= 5; booking++) {
            assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limit.tryAcquire("203.0.113.8")).isTrue();
        assertThat(limit.retryAfter("203.0.113.8")).isZero();
        assertThat(limit.retryAfter("198.51.100.1")).isZero();
    }

    @Test
    void anIpv6HomeNetworkCountsAsOneAddress() {
        RateLimit limit = RateLimit.bookings(clock);
        for (int booking = 1; booking <= 5; booking++) {
            assertThat(limit.tryAcquire("2001:db8:1:2::" + booking)).isTrue();
        }
        assertThat(limit.tryAcquire("2001:db8:1:2:ffff:ffff:ffff:ffff")).isFalse();
        assertThat(limit.tryAcquire("2001:db8:1:3::1")).isTrue();
        assertThat(RateLimit.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(RateLimit.key("not:an:address")).isEqualTo("not:an:address");
    }

    @Test
    void manageLinksAllowTwentyPerTenMinutes() {
        RateLimit limit = RateLimit.manageLinks(clock);
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(limit.tryAcquire("203.0.113.7")).as("attempt %d", attempt).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void manyAddressesDoNotGrowTheMapBeyondItsCap() {
        RateLimit limit = new RateLimit("test", 2, Duration.ofHours(1), 100, clock);
        for (int i = 0; i < 1_000; i++) {
            limit.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limit.addressesKept()).isEqualTo(100);
    }

    @Test
    void anAddressUsedRecentlyStaysLimitedWhileOthersComeAndGo() {
        RateLimit limit = new RateLimit("test", 2, Duration.ofHours(1), 100, clock);
        limit.tryAcquire("203.0.113.7");
        limit.tryAcquire("203.0.113.7");
        for (int i = 0; i < 99; i++) {
            limit.tryAcquire("10.0.0." + i);
        }
        // The limited address was used last but 99 others: still within the cap, still refused.
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void idleAddressesAreForgottenOnceTheirBucketIsFullAgain() {
        RateLimit limit = RateLimit.bookings(clock);
        for (int i = 0; i < 50; i++) {
            limit.tryAcquire("10.0.0." + i);
        }
        clock.advance(Duration.ofMinutes(59));
        limit.tryAcquire("203.0.113.7");
        assertThat(limit.addressesKept()).isEqualTo(51);

        clock.advance(Duration.ofMinutes(1));
        limit.tryAcquire("203.0.113.8");
        assertThat(limit.addressesKept()).isEqualTo(2);
    }
}
