package nl.tafelgenoot.domain.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.shared.PageRequest;

/** The support cases of the current tenant and their assignments. */
public interface SupportCaseRepository {

    Optional<SupportCase> findByPublicId(String publicId);

    /**
     * Cases sorted by reference, newest first. With an advisor id only the cases that advisor
     * has an open assignment on; with {@code null} all of the organisation's cases.
     */
    List<SupportCase> search(Long advisorAccountId, PageRequest page);

    long count(Long advisorAccountId);

    /**
     * The cases that are not closed, with their clients loaded, in one query. With an advisor id
     * only that advisor's (open assignment); with {@code null} all of the organisation's.
     */
    List<SupportCase> active(Long advisorAccountId);

    /**
     * Cases whose report may be late: interview held before {@code interviewBefore}, no report
     * date, not closed. A necessary condition for chasing; the chase rule decides.
     */
    List<SupportCase> awaitingReport(LocalDate interviewBefore);

    /** The cases of one client, newest first. */
    List<SupportCase> forClient(long clientId);

    /** The highest reference number used in the year, 0 if none. */
    int highestNumber(int year);

    SupportCase add(SupportCase supportCase);

    SupportCase update(SupportCase supportCase);

    List<CaseAssignment> openAssignments(SupportCase supportCase);

    boolean isAssigned(SupportCase supportCase, long accountId);

    /** Every assignment of the case, ended ones included, oldest first: who worked on it when. */
    List<CaseAssignment> assignments(SupportCase supportCase);

    /** The open assignments of one advisor on cases that are not closed, with their cases. */
    List<CaseAssignment> openAssignmentsOf(long accountId);

    CaseAssignment addAssignment(CaseAssignment assignment);

    /**
     * Per advisor account, how many cases they have open now (case not closed, assignment not
     * ended), in one query. Advisors without open cases are absent from the map.
     */
    Map<Long, Integer> openCasesPerAdvisor();
}
