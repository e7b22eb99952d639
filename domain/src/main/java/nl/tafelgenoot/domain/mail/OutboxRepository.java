package nl.tafelgenoot.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.shared.PageRequest;

/** The current tenant's outbox. */
public interface OutboxRepository {

    boolean existsWithKey(String dedupKey);

    OutboxMail add(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** Newest first; all mails when {@code status} is null. */
    List<OutboxMail> list(MailStatus status, PageRequest page);

    long count(MailStatus status);

    /** Ids of the mails a sender may claim now ({@link OutboxMail#isClaimable}), longest waiting first. */
    List<Long> claimableIds(Instant now, int limit);

    /**
     * Claims the mail for the node until the given moment, if it is still claimable now: one
     * conditional update, so of two nodes trying at once exactly one gets {@code true}. The
     * caller commits before sending.
     */
    boolean claim(long id, String node, Instant now, Instant until);

    /** Gives up every mail still waiting (status failed, with the reason); returns how many. */
    int giveUpPending(String reason);

    void flush();
}
