package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * J1: the decision on a youth care (Jeugdwet) request. The municipality's own regulation sets
 * the term; without one, Awb 4:13 allows a reasonable term of at most eight weeks, and the portal
 * shows that maximum because "reasonable" cannot be computed.
 *
 * <p>The Atw is applied in both cases. For the eight weeks that is the law; for a term in a
 * municipal regulation it is debatable (the Atw speaks of terms set by statute), and we lengthen
 * anyway: this is a term the municipality must meet, and a date one working day too late only
 * makes the client wait, while one too early can make a notice of default premature.
 */
public final class YouthCareDeadlines {

    static final Term LONGEST_REASONABLE_TERM = Term.weeks(8);

    private final GeneralTermsAct atw;

    public YouthCareDeadlines(HolidayCalendar calendar) {
        this.atw = new GeneralTermsAct(calendar);
    }

    /**
     * @param municipalTerm the term the municipality's regulation sets, when the organisation has
     *                      configured one; not capped at eight weeks, the regulation decides
     */
    public ComputedDate decision(LocalDate requestReceived, Optional<Term> municipalTerm) {
        Term term = municipalTerm.orElse(LONGEST_REASONABLE_TERM);
        return ComputedDate.of(DeadlineRule.YOUTH_CARE_DECISION, atw.endOf(requestReceived, term),
                Trigger.YOUTH_CARE_REQUEST_RECEIVED, requestReceived);
    }
}
