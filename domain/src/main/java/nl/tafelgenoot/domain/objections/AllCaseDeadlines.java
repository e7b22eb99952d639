package nl.tafelgenoot.domain.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Every computed date of a case in one list, in date order: the route's (W1–W5, J1) and those
 * after the decision (A1–A9). The case screen, the start page and the reminders all read this,
 * so a date shown is a date reminded. Callers pass cases they already resolved with the caller's
 * scope; this only computes.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AllCaseDeadlines {

    @Inject
    DecisionRepository decisions;

    @Inject
    ObjectionRepository objections;

    @Inject
    Calendars calendars;

    @Inject
    java.time.Clock clock;

    /** The dates of one case the caller resolved, as of today. */
    public List<CaseDeadline> of(SupportCase supportCase) {
        return of(List.of(supportCase), LocalDate.now(clock)).get(supportCase.getId());
    }

    /** The dates of these cases by case id, with two queries for all of them. */
    public Map<Long, List<CaseDeadline>> of(List<SupportCase> cases, LocalDate today) {
        Map<Long, Decision> decisionByCase = decisions.forCases(cases).stream()
                .collect(Collectors.toMap(d -> d.getSupportCase().getId(), Function.identity()));
        Map<Long, Objection> objectionByCase = objections.forCases(cases).stream()
                .collect(Collectors.toMap(o -> o.getSupportCase().getId(), Function.identity()));
        HolidayCalendar calendar = calendars.current();
        Map<Long, List<CaseDeadline>> result = new HashMap<>();
        for (SupportCase c : cases) {
            Decision decision = decisionByCase.get(c.getId());
            ObjectionSchedule.Result afterDecision = new ObjectionSchedule(calendar)
                    .of(decision, objectionByCase.get(c.getId()), today);
            result.put(c.getId(), merged(calendar, c, decision, afterDecision, today));
        }
        return result;
    }

    /** Merges the route's dates with the schedule after the decision, computed once by the caller. */
    static List<CaseDeadline> merged(HolidayCalendar calendar, SupportCase c, Decision decision,
                                     ObjectionSchedule.Result afterDecision, LocalDate today) {
        boolean decided = decision != null && decision.getDecidedOn() != null;
        List<CaseDeadline> all = new ArrayList<>(new CaseDeadlines(calendar).of(c, decided, today));
        all.addAll(afterDecision.deadlines());
        all.sort(Comparator.comparing(d -> d.computed().date()));
        return all;
    }
}
