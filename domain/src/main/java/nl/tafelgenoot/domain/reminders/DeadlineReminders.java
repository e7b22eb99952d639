package nl.tafelgenoot.domain.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseRouteChanged;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.objections.AllCaseDeadlines;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.CaseTaskRepository;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Carries out the {@link ReminderRule}: at once for a case whose dates, decision or objection just
 * changed ({@link CaseRouteChanged}, tasks only), and once a day for every open case of the bound
 * organisation (called per organisation by a job): a deadline task per watched date that is not met (moved
 * when the date moved, closed by the portal when it is met or the case closed), and reminder
 * mails to the case's advisors — or, while no advisor is on the case, to the coordinators —
 * through the outbox, whose key per case, rule, date and moment makes each go out once, also
 * when two nodes run this at the same time. The mails name the case reference and the rule, never
 * the client: e-mail is not the place for client data. Both passes also note each case's next
 * deadline on the case ({@link SupportCase#noteNextDeadline}) for the coordinator's overview.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DeadlineReminders {

    @Inject
    SupportCaseRepository cases;

    @Inject
    CaseTaskRepository tasks;

    @Inject
    AccountRepository accounts;

    @Inject
    AllCaseDeadlines allDeadlines;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    ReminderMails mails;

    @Inject
    Clock clock;

    /** What one pass did. */
    public record Run(int tasksOpened, int tasksMoved, int tasksClosed, int mailsQueued) {
    }

    /** Right after a case's dates, decision or objection changed, in the same transaction: its tasks at once, no mail. */
    public void onRouteChanged(@Observes CaseRouteChanged changed) {
        SupportCase c = changed.supportCase();
        LocalDate today = LocalDate.now(clock);
        Map<DeadlineRule, CaseTask> open = new HashMap<>();
        tasks.ofCase(c).stream().filter(t -> t.getSource() == TaskSource.DEADLINE && !t.isDone())
                .forEach(t -> t.getDeadlineRule().ifPresent(rule -> open.put(rule, t)));
        List<CaseDeadline> deadlines = c.getPhase() == CasePhase.CLOSED ? List.of()
                : allDeadlines.of(List.of(c), today).get(c.getId());
        sync(c, deadlines, open, today, false, new Tally());
        tasks.flush();
    }

    /** The daily pass over every open case of the bound organisation: tasks, and the mails due today. */
    public Run remindAll() {
        LocalDate today = LocalDate.now(clock);
        List<SupportCase> active = cases.active(null);
        Map<Long, List<CaseDeadline>> deadlines = allDeadlines.of(active, today);
        Map<Long, Map<DeadlineRule, CaseTask>> openTasks = new HashMap<>();
        for (CaseTask task : tasks.openOfSource(TaskSource.DEADLINE)) {
            task.getDeadlineRule().ifPresent(rule -> openTasks
                    .computeIfAbsent(task.getSupportCase().getId(), id -> new HashMap<>()).put(rule, task));
        }
        Tally tally = new Tally();
        for (SupportCase c : active) {
            Map<DeadlineRule, CaseTask> open = openTasks.remove(c.getId());
            sync(c, deadlines.getOrDefault(c.getId(), List.of()), open == null ? new HashMap<>() : open, today, true, tally);
        }
        for (Map<DeadlineRule, CaseTask> ofClosedCase : openTasks.values()) {
            ofClosedCase.values().forEach(t -> t.closeBySystem(clock.instant()));
            tally.closed += ofClosedCase.size();
        }
        tasks.flush();
        return tally.run();
    }

    /** Counts what a pass did. */
    private static final class Tally {
        int opened;
        int moved;
        int closed;
        int queued;

        Run run() {
            return new Run(opened, moved, closed, queued);
        }
    }

    /**
     * Notes the case's next deadline on it (for the overview), brings its deadline tasks in line
     * with its dates, and queues today's mails when asked.
     */
    private void sync(SupportCase c, List<CaseDeadline> deadlines, Map<DeadlineRule, CaseTask> open, LocalDate today,
                      boolean mail, Tally tally) {
        c.noteNextDeadline(CaseDeadlines.next(deadlines).orElse(null));
        Set<DeadlineRule> pending = new HashSet<>();
        List<Account> recipients = null;
        for (CaseDeadline deadline : deadlines) {
            if (!ReminderRule.needsTask(deadline) || !pending.add(deadline.computed().rule())) {
                continue;
            }
            CaseTask task = open.get(deadline.computed().rule());
            if (task == null) {
                tasks.add(CaseTask.deadline(c, deadline.computed().rule(), deadline.computed().date(), clock.instant()));
                audit.recordBySystem(AuditAction.DEADLINE_TASK_CHANGED, c.getClient().getPublicId());
                tally.opened++;
            } else if (!task.getDueOn().equals(deadline.computed().date())) {
                task.reschedule(deadline.computed().date());
                tally.moved++;
            }
            Optional<ReminderMoment> moment = mail ? ReminderRule.mailOn(deadline, today) : Optional.empty();
            if (moment.isPresent()) {
                recipients = recipients == null ? recipients(c) : recipients;
                tally.queued += queue(c, deadline, moment.get(), recipients, today);
            }
        }
        for (Map.Entry<DeadlineRule, CaseTask> entry : open.entrySet()) {
            if (!pending.contains(entry.getKey())) {
                entry.getValue().closeBySystem(clock.instant());
                tally.closed++;
            }
        }
    }

    private int queue(SupportCase c, CaseDeadline deadline, ReminderMoment moment, List<Account> to, LocalDate today) {
        int queued = 0;
        String key = "deadline:" + c.getPublicId() + ":" + deadline.computed().rule() + ":" + deadline.computed().date()
                + ":" + moment;
        ReminderMails.Mail mail = mails.compose(c, deadline, moment, today);
        for (Account account : to) {
            boolean added = outbox.queue(key + ":" + account.getId(),
                    Recipient.account(account.getId(), account.getEmail(), account.getDisplayName()),
                    mail.subject(), mail.body());
            queued += added ? 1 : 0;
        }
        if (queued > 0) {
            audit.recordBySystem(AuditAction.DEADLINE_TASK_CHANGED, c.getClient().getPublicId());
        }
        return queued;
    }

    /** The case's advisors; while it has none, the organisation's coordinators, so nobody misses the date. */
    private List<Account> recipients(SupportCase c) {
        List<Account> advisors = new ArrayList<>();
        for (CaseAssignment assignment : cases.openAssignments(c)) {
            accounts.find(assignment.getAccountId()).filter(Account::isActive).ifPresent(advisors::add);
        }
        if (!advisors.isEmpty()) {
            return advisors;
        }
        return accounts.withRole(tenant.require(), Role.COORDINATOR).stream().filter(Account::isActive).toList();
    }
}
