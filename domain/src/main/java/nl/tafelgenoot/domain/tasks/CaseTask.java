package nl.tafelgenoot.domain.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * Something that has to be done on a case: who does what by when. An agreement from the
 * interview becomes one; it is open until it is marked done, and can be reopened. An open task
 * whose date has passed is overdue.
 *
 * <p>The portal makes tasks of its own ({@link TaskSource#isAutomatic()}), such as chasing a
 * missing interview report: those belong to all advisors of the case (no one advisor is named),
 * are created by {@link SystemActor}, and the portal may close them again when the reason is gone
 * ({@link #closeBySystem(Instant)}), which is recorded as such, not as a person's tick.
 */
@Entity
@Table(name = "case_task")
public class CaseTask {

    /** Stored text of a chase task; screens show their own text for {@link TaskSource#REPORT_CHASE}. */
    public static final String REPORT_CHASE_WHAT = "Chase the municipality for the report of the interview";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @NotBlank(message = "{task.what.required}")
    @NoBsn
    @Size(max = 1000, message = "{tafelgenoot.size.max}")
    @Column(name = "what", nullable = false, length = 1000)
    private String what;

    @NotNull(message = "{task.party.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskParty party;

    /** For {@link TaskParty#ADVISOR}: which advisor of the case. */
    @Column(name = "advisor_id")
    private Long advisorAccountId;

    @NotNull(message = "{task.dueOn.required}")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TaskSource source;

    /** For {@link TaskSource#DEADLINE}: the {@code DeadlineRule} the task watches. */
    @Column(name = "deadline_rule", length = 40, updatable = false)
    private String deadlineRule;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    /** Closed by the portal (the reason went away), not ticked off by a person. */
    @Column(name = "closed_by_system", nullable = false)
    private boolean closedBySystem;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CaseTask() {
    }

    public CaseTask(SupportCase supportCase, TaskSource source, String what, TaskParty party, Long advisorAccountId,
                    LocalDate dueOn, long createdBy, Instant createdAt) {
        this.supportCase = Objects.requireNonNull(supportCase);
        this.source = Objects.requireNonNull(source);
        this.what = what == null ? null : what.strip();
        this.party = party;
        this.advisorAccountId = party == TaskParty.ADVISOR ? advisorAccountId : null;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The portal's task to chase the municipality for the interview report (W3), for all
     * advisors of the case, due on the date the report was expected.
     */
    public static CaseTask reportChase(SupportCase supportCase, LocalDate expectedOn, Instant now) {
        return new CaseTask(supportCase, TaskSource.REPORT_CHASE, REPORT_CHASE_WHAT, TaskParty.ADVISOR, null,
                expectedOn, SystemActor.ACCOUNT_ID, now);
    }

    /**
     * The portal's task to watch a legal deadline of the case, for all advisors of the case, due
     * on the deadline. The stored text is the rule's name; screens show their own text.
     */
    public static CaseTask deadline(SupportCase supportCase, DeadlineRule rule, LocalDate dueOn, Instant now) {
        CaseTask task = new CaseTask(supportCase, TaskSource.DEADLINE, rule.name(), TaskParty.ADVISOR, null, dueOn,
                SystemActor.ACCOUNT_ID, now);
        task.deadlineRule = rule.name();
        return task;
    }

    /** The rule a deadline task watches; empty for any other task. */
    public java.util.Optional<DeadlineRule> getDeadlineRule() {
        return java.util.Optional.ofNullable(deadlineRule).map(DeadlineRule::valueOf);
    }

    /** An advisor's task names the advisor, unless the portal made it for all advisors of the case. */
    @AssertTrue(message = "{task.advisor.required}")
    public boolean isAdvisorNamedWhenNeeded() {
        return party != TaskParty.ADVISOR || advisorAccountId != null || isForAllAdvisors();
    }

    /** Made by the portal for whoever works on the case, not for one named advisor. */
    public boolean isForAllAdvisors() {
        return source != null && source.isAutomatic() && party == TaskParty.ADVISOR && advisorAccountId == null;
    }

    /**
     * Changes what was agreed, who does it or by when. Only an open task changes: a done one is
     * history (reopen it first).
     */
    public void change(String what, TaskParty party, Long advisorAccountId, LocalDate dueOn) {
        if (isDone()) {
            throw new IllegalStateException("a done task is not changed");
        }
        this.what = what == null ? null : what.strip();
        this.party = party;
        this.advisorAccountId = party == TaskParty.ADVISOR ? advisorAccountId : null;
        this.dueOn = dueOn;
    }

    public void markDone(long by, Instant at) {
        if (doneAt == null) {
            doneAt = Objects.requireNonNull(at);
            doneBy = by;
            closedBySystem = false;
        }
    }

    /** The portal closes the task because its reason is gone (the report came in). */
    public void closeBySystem(Instant at) {
        if (doneAt == null) {
            doneAt = Objects.requireNonNull(at);
            doneBy = null;
            closedBySystem = true;
        }
    }

    public void reopen() {
        doneAt = null;
        doneBy = null;
        closedBySystem = false;
    }

    /** Moves the due date, for a portal task whose reason moved (an interview date corrected). */
    public void reschedule(LocalDate newDueOn) {
        this.dueOn = Objects.requireNonNull(newDueOn);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Open and its date has passed: due today is not yet overdue. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueOn != null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public String getWhat() {
        return what;
    }

    public TaskParty getParty() {
        return party;
    }

    public Long getAdvisorAccountId() {
        return advisorAccountId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskSource getSource() {
        return source;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Long getDoneBy() {
        return doneBy;
    }

    public boolean isClosedBySystem() {
        return closedBySystem;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
