package nl.tafelgenoot.ui.demo;

import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.LifeDomain;

/**
 * A demonstration case: for the client at {@code clientIndex} of the organisation's demo list,
 * notified {@code daysAgo} days before the first start, moved on to {@code phase}, with the
 * advisors (by e-mail) who work on it, and, if {@code interviewInDays} is set, an interview
 * planned that many days after the first start (so the start page has one to show); if
 * {@code decisionSentDaysAgo} is set, a refusal sent that many days before the first start, which
 * the client considers objecting to (so the objection term, its task and reminders show).
 */
record DemoCase(int clientIndex, String request, Set<LifeDomain> domains, int daysAgo, CasePhase phase,
                List<String> advisors, Integer interviewInDays, Integer decisionSentDaysAgo) {

    DemoCase(int clientIndex, String request, Set<LifeDomain> domains, int daysAgo, CasePhase phase,
             List<String> advisors, Integer interviewInDays) {
        this(clientIndex, request, domains, daysAgo, phase, advisors, interviewInDays, null);
    }

    DemoCase(int clientIndex, String request, Set<LifeDomain> domains, int daysAgo, CasePhase phase,
             List<String> advisors) {
        this(clientIndex, request, domains, daysAgo, phase, advisors, null, null);
    }
}
