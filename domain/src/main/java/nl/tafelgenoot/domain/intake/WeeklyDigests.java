package nl.tafelgenoot.domain.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.overview.CaseOverviewRepository;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.start.StartPageService;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The coordinators' Monday mail: the week's new requests, requests waiting for an advisor more
 * than three days, cases with an overdue deadline and silent cases, queued in the outbox once
 * per coordinator per ISO week (the outbox key), so running it twice on a Monday sends nothing
 * twice. Run by the morning job for the current organisation, without a user.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class WeeklyDigests {

    static final Duration WAITING_TOO_LONG = Duration.ofDays(3);
    static final int LISTED = 20;

    @Inject
    IntakeRequestRepository requests;

    @Inject
    CaseOverviewRepository overview;

    @Inject
    StartPageService startPage;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantContext tenant;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public record Run(int mailsQueued) {
    }

    /** What this week's digest says for the current organisation. */
    public WeeklyDigest compose() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<IntakeRequest> waitingTooLong = requests.waitingSince(now.minus(WAITING_TOO_LONG));
        List<WeeklyDigest.Waiting> waiting = waitingTooLong.stream()
                .limit(LISTED)
                .map(r -> new WeeklyDigest.Waiting(r.ageInDays(today), r.getTopic()))
                .toList();
        CaseOverviewFilter overdue = new CaseOverviewFilter(null, null, null, true, null);
        List<WeeklyDigest.Overdue> late = overview.page(overdue, today, new PageRequest(0, LISTED)).stream()
                .map(c -> new WeeklyDigest.Overdue(c.getReference(), c.getNextDeadlineRule().ruleId()))
                .toList();
        return new WeeklyDigest(today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                requests.countReceived(now.minus(Duration.ofDays(7)), now), waitingTooLong.size(), waiting,
                overview.count(overdue, today), late, startPage.quietCaseCount());
    }

    /** Queues this week's digest for every active coordinator of the current organisation. */
    public Run sendAll() {
        LocalDate today = LocalDate.now(clock);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        IntakeMails.Mail mail = IntakeMails.digest(compose());
        int queued = 0;
        for (Account coordinator : accounts.withRole(tenant.require(), Role.COORDINATOR)) {
            if (coordinator.isActive() && outbox.queue("weekly-digest:" + week + ":" + coordinator.getId(),
                    Recipient.account(coordinator.getId(), coordinator.getEmail(), coordinator.getDisplayName()),
                    mail.subject(), mail.body())) {
                queued++;
            }
        }
        return new Run(queued);
    }
}
