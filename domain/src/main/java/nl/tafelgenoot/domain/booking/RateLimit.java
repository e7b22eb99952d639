package nl.tafelgenoot.domain.booking;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one client address may try something on the public pages (booking, a manage link),
 * so that nobody can flood an organisation's agenda with bookings or guess manage links. A token
 * bucket per address (Bucket4j): {@code capacity} attempts at once, refilled evenly over
 * {@code refillPeriod}. The buckets live in memory, bounded so that many addresses cannot exhaust
 * it: an address unused for a whole refill period has a full bucket again and is forgotten, and
 * past {@code maxAddresses} the least recently used address is dropped. IPv6 addresses count per
 * /64 network, the block one home or phone is given, so changing the last bits gains nothing.
 * Per server: behind several nodes each counts for itself, a limit a few times looser.
 */
public final class RateLimit {

    /** Addresses each limit keeps at most (a bucket is a few hundred bytes). */
    public static final int MAX_ADDRESSES = 10_000;

    private final String name;
    private final int capacity;
    private final Duration refillPeriod;
    private final int maxAddresses;
    private final Clock clock;
    private final TimeMeter timeMeter;
    private final LinkedHashMap<String, Entry> buckets;

    private static final class Entry {
        final Bucket bucket;
        Instant lastUsed;

        Entry(Bucket bucket, Instant lastUsed) {
            this.bucket = bucket;
            this.lastUsed = lastUsed;
        }
    }

    public RateLimit(String name, int capacity, Duration refillPeriod, int maxAddresses, Clock clock) {
        if (capacity < 1 || refillPeriod.isNegative() || refillPeriod.isZero() || maxAddresses < 1) {
            throw new IllegalArgumentException(name + ": capacity, refill period and address cap must be positive");
        }
        this.name = name;
        this.capacity = capacity;
        this.refillPeriod = refillPeriod;
        this.maxAddresses = maxAddresses;
        this.clock = clock;
        this.timeMeter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RateLimit.this.maxAddresses;
            }
        };
    }

    /** Public bookings: 5 an hour per address; a household books once or twice. */
    public static RateLimit bookings() {
        return bookings(Clock.systemUTC());
    }

    public static RateLimit bookings(Clock clock) {
        return new RateLimit("bookings", 5, Duration.ofHours(1), MAX_ADDRESSES, clock);
    }

    /** Opening a manage link: 20 per 10 minutes per address; enough for a person, too few to guess links. */
    public static RateLimit manageLinks() {
        return manageLinks(Clock.systemUTC());
    }

    public static RateLimit manageLinks(Clock clock) {
        return new RateLimit("manage-links", 20, Duration.ofMinutes(10), MAX_ADDRESSES, clock);
    }

    /** Takes one attempt from the address's bucket; false when it is used up, the attempt then to be refused. */
    public synchronized boolean tryAcquire(String address) {
        Instant now = clock.instant();
        forgetIdle(now);
        String key = key(address);
        Entry entry = buckets.get(key);
        if (entry == null) {
            entry = new Entry(newBucket(), now);
            buckets.put(key, entry);
        }
        entry.lastUsed = now;
        return entry.bucket.tryConsume(1);
    }

    /** How long the address must wait for its next attempt; zero when it may try now. */
    public synchronized Duration retryAfter(String address) {
        Entry entry = buckets.get(key(address));
        if (entry == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(entry.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** How many addresses are remembered now (for tests and monitoring). */
    public synchronized int addressesKept() {
        return buckets.size();
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "RateLimit[" + name + ": " + capacity + " per " + refillPeriod + ", at most " + maxAddresses + " addresses]";
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
                .withCustomTimePrecision(timeMeter)
                .build();
    }

    /**
     * Drops the addresses unused for a whole refill period, eldest first: their buckets are full
     * again, so forgetting them changes nothing. The map is in access order, so this stops at
     * the first address used more recently and costs only what it removes.
     */
    private void forgetIdle(Instant now) {
        Instant idleBefore = now.minus(refillPeriod);
        for (Iterator<Entry> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().lastUsed.isAfter(idleBefore)) {
                return;
            }
            it.remove();
        }
    }

    /** The address as counted: IPv6 by its /64 network, anything else as given. */
    static String key(String address) {
        String trimmed = address == null ? "" : address.trim();
        if (trimmed.indexOf(':') < 0) {
            return trimmed;
        }
        try {
            // A literal IPv6 address is parsed without any name lookup.
            InetAddress parsed = InetAddress.getByName(trimmed.startsWith("[") ? trimmed : "[" + trimmed + "]");
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return trimmed;
        }
    }
}
