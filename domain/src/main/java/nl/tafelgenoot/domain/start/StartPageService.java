package nl.tafelgenoot.domain.start;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.objections.AllCaseDeadlines;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewPlanRepository;
import nl.tafelgenoot.domain.notes.CaseNoteRepository;
import nl.tafelgenoot.domain.reports.ReportCheckRepository;
import nl.tafelgenoot.domain.start.StartPage.CaseRef;
import nl.tafelgenoot.domain.start.StartPage.DeadlineItem;
import nl.tafelgenoot.domain.start.StartPage.InterviewItem;
import nl.tafelgenoot.domain.start.StartPage.QuietItem;
import nl.tafelgenoot.domain.start.StartPage.TaskItem;
import nl.tafelgenoot.domain.tasks.CaseTaskRepository;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The start page ("Mijn werk"): open tasks, the next deadline of each case, interviews in the
 * coming two weeks, and cases that have gone quiet. An advisor sees the cases assigned to them, a
 * coordinator all of the organisation's, with the same scope as {@link CaseService#find}.
 *
 * <p>A fixed number of queries whatever the number of cases: the active cases with their clients,
 * the open tasks, the interview plans in range, and one grouped query each for the latest note,
 * the latest task ticked off and the report checks (see {@link LastContact}). The deadlines are
 * computed in memory from the loaded cases. Like the case list, this overview is not written to
 * the audit trail; opening a case from it is.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class StartPageService {

    /** Rows per section; the page says how many more there are. */
    public static final int LIMIT = 50;
    static final int INTERVIEW_DAYS_AHEAD = 14;

    @Inject
    CaseService cases;

    @Inject
    SupportCaseRepository caseRepository;

    @Inject
    TaskService taskService;

    @Inject
    CaseTaskRepository tasks;

    @Inject
    CaseNoteRepository notes;

    @Inject
    InterviewPlanRepository plans;

    @Inject
    ReportCheckRepository checks;

    @Inject
    AllCaseDeadlines allDeadlines;

    @Inject
    Clock clock;

    public StartPage startPage() {
        Long scope = cases.advisorScope();
        LocalDate today = LocalDate.now(clock);
        List<TaskItem> openTasks = taskService.openTasksOfMine().stream()
                .limit(LIMIT).map(t -> TaskItem.of(t, today)).toList();
        long openTaskCount = taskService.countOpenTasksOfMine();
        List<SupportCase> active = cases.activeCases();
        List<QuietItem> quiet = quietCases(active, scope, today);
        return new StartPage(scope == null, today, openTasks, openTaskCount, deadlines(active, today), active.size(),
                interviews(active, scope, today), quiet.stream().limit(LIMIT).toList(), quiet.size());
    }

    /**
     * How many of the organisation's open cases have had no contact for 14 days; a count for
     * the coordinators' weekly digest, run by the system without a user.
     */
    public int quietCaseCount() {
        LocalDate today = LocalDate.now(clock);
        return quietCases(caseRepository.active(null), null, today).size();
    }

    /**
     * Every case without contact for 14 days or more, not cut at {@link #LIMIT} (for the overview's
     * CSV), in the start page's scope and order: the oldest contact first.
     */
    public List<QuietItem> allQuietCases() {
        return quietCases(cases.activeCases(), cases.advisorScope(), LocalDate.now(clock));
    }

    private List<DeadlineItem> deadlines(List<SupportCase> active, LocalDate today) {
        Map<Long, List<CaseDeadline>> byCase = allDeadlines.of(active, today);
        Comparator<DeadlineItem> byDate = Comparator.comparing(
                (DeadlineItem d) -> d.next() == null ? LocalDate.MAX : d.next().computed().date());
        return active.stream()
                .map(c -> new DeadlineItem(CaseRef.of(c), CaseDeadlines.next(byCase.get(c.getId())).orElse(null)))
                .sorted(byDate.thenComparing(d -> d.caseRef().reference()))
                .limit(LIMIT)
                .toList();
    }

    private List<InterviewItem> interviews(List<SupportCase> active, Long scope, LocalDate today) {
        LocalDate until = today.plusDays(INTERVIEW_DAYS_AHEAD);
        List<InterviewItem> items = new ArrayList<>();
        Set<Long> planned = new HashSet<>();
        for (InterviewPlan plan : plans.plannedBetween(today, until, scope)) {
            planned.add(plan.getSupportCase().getId());
            items.add(new InterviewItem(CaseRef.of(plan.getSupportCase()), plan.getPlannedOn(), plan.getPlannedAt(),
                    plan.getPlace(), plan.getLocation()));
        }
        for (SupportCase c : active) {
            LocalDate on = c.getInterviewOn();
            if (on != null && !on.isBefore(today) && !on.isAfter(until) && !planned.contains(c.getId())) {
                items.add(new InterviewItem(CaseRef.of(c), on, null, null, null));
            }
        }
        Comparator<InterviewItem> order = Comparator.comparing(InterviewItem::on)
                .thenComparing(InterviewItem::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.caseRef().reference());
        return items.stream().sorted(order).limit(LIMIT).toList();
    }

    private List<QuietItem> quietCases(List<SupportCase> active, Long scope, LocalDate today) {
        Map<Long, Instant> lastNote = notes.lastWrittenByCase(scope);
        Map<Long, Instant> lastDone = tasks.lastDoneByCase(scope);
        Map<Long, Instant> checked = checks.checkedAtByCase(scope);
        List<QuietItem> quiet = new ArrayList<>();
        for (SupportCase c : active) {
            LocalDate last = LastContact.of(clock.getZone(), today, c.getOpenedAt(), c.getInterviewOn(),
                    lastNote.get(c.getId()), lastDone.get(c.getId()), checked.get(c.getId()));
            if (LastContact.isQuiet(last, today)) {
                quiet.add(new QuietItem(CaseRef.of(c), last, LastContact.daysSince(last, today)));
            }
        }
        quiet.sort(Comparator.comparing(QuietItem::lastContact).thenComparing(q -> q.caseRef().reference()));
        return quiet;
    }
}
