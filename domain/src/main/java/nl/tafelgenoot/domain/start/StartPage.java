package nl.tafelgenoot.domain.start;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.interviews.InterviewPlace;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskSource;

/**
 * What the start page ("Mijn werk") shows, read in one transaction: plain values, so the screen
 * needs no lazy loading. Each list is cut at {@link StartPageService#LIMIT}; the totals tell how
 * many there are in all.
 *
 * @param wholeOrganisation true for a coordinator (all cases), false for an advisor (their own)
 */
public record StartPage(boolean wholeOrganisation, LocalDate today, List<TaskItem> tasks, long openTaskCount,
                        List<DeadlineItem> deadlines, int activeCaseCount, List<InterviewItem> interviews,
                        List<QuietItem> quietCases, int quietCaseCount) {

    /** A case as the start page links to it. */
    public record CaseRef(String publicId, String reference, String clientName) {

        static CaseRef of(SupportCase c) {
            return new CaseRef(c.getPublicId(), c.getReference(), c.getClient().getFullName());
        }
    }

    /** An open task; {@code what} is the stored text (screens show their own for portal tasks). */
    public record TaskItem(long taskId, CaseRef caseRef, TaskSource source, String what, TaskParty party,
                           LocalDate dueOn, boolean overdue) {

        static TaskItem of(CaseTask t, LocalDate today) {
            return new TaskItem(t.getId(), CaseRef.of(t.getSupportCase()), t.getSource(), t.getWhat(), t.getParty(),
                    t.getDueOn(), t.isOverdue(today));
        }
    }

    /** A case with the next date it waits for; {@code next} is null when nothing is due. */
    public record DeadlineItem(CaseRef caseRef, CaseDeadline next) {

        public boolean overdue() {
            return next != null && next.status() == DeadlineStatus.OVERDUE;
        }
    }

    /**
     * An interview in the coming two weeks: from the interview plan (with time and place when
     * planned) or, without a plan, the interview date recorded on the case.
     */
    public record InterviewItem(CaseRef caseRef, LocalDate on, LocalTime at, InterviewPlace place, String location) {
    }

    /** A case without contact for two weeks or more (see {@link LastContact}). */
    public record QuietItem(CaseRef caseRef, LocalDate lastContact, long daysSince) {
    }
}
