package nl.tafelgenoot.domain.people;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.booking.RateLimit;
import nl.tafelgenoot.domain.booking.RateLimited;

/**
 * "Forgotten password" from the login page: someone gives an e-mail address and, when it belongs
 * to an active account, a single-use link to choose a new password (one hour) is mailed to it. The
 * caller learns nothing about whether the address is known: {@link #request} does the same work
 * for any address (normalise it, count it against the rate limits, hand it to a managed thread)
 * and returns, so neither its answer nor its duration tells known from unknown. Only the rate
 * limits (per address typed and per client address, the same for known and unknown addresses) can
 * refuse it. The lookup, the link and the mail are {@link ForgottenPasswordMail}'s, after the
 * answer. Choosing the password is {@link InvitationService#use} with the
 * {@link InvitationPurpose#FORGOTTEN} link: it ends the person's other sessions and leaves
 * two-step login on. The link's secret is kept only as its SHA-256.
 *
 * <p>The hand-over lives in memory: a node that stops in the second between the answer and the
 * mail being queued loses that request, and the person asks again. That is preferred to a table
 * of typed addresses, most of them no one's.
 */
@ApplicationScoped
public class ForgottenPasswords {

    private static final Logger LOG = Logger.getLogger(ForgottenPasswords.class.getName());

    private final RateLimit perEmail = new RateLimit("forgotten-per-email", 5, Duration.ofHours(1),
            RateLimit.MAX_ADDRESSES, Clock.systemUTC());
    private final RateLimit perClient = new RateLimit("forgotten-per-client", 20, Duration.ofHours(1),
            RateLimit.MAX_ADDRESSES, Clock.systemUTC());
    private final AtomicInteger inProgress = new AtomicInteger();

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ForgottenPasswordMail mail;

    /**
     * Takes the request and returns at once; a known, active address gets its mail within
     * seconds, any other address nothing, silently.
     *
     * @throws RateLimited when this address, or this client, asked too often in the last hour
     */
    public void request(String email, String clientAddress) {
        String address = Account.normaliseEmail(email);
        if (!perClient.tryAcquire(clientAddress == null ? "unknown" : clientAddress)
                || !perEmail.tryAcquire("email:" + address)) {
            throw new RateLimited();
        }
        inProgress.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    mail.send(address);
                } catch (RuntimeException failure) {
                    // Never the address in the log: most typed addresses are no one's account.
                    LOG.log(Level.WARNING, "A forgotten-password request could not be handled", failure);
                } finally {
                    inProgress.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException busy) {
            inProgress.decrementAndGet();
            LOG.warning("A forgotten-password request was dropped: the executor refused it");
        }
    }

    /** Requests taken but not yet handled on this node: zero once every mail that was due is queued. */
    public int inProgress() {
        return inProgress.get();
    }
}
