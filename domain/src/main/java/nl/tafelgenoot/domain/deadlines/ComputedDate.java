package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A date the portal computed, with everything a screen needs to show how: the rule and its
 * articles, the dates it was counted from, the date before the Algemene termijnenwet moved it, and
 * the articles and days off that moved it. A date derived from another term (W2 from W1's
 * investigation term, A2 from A1, A7 and A8 from the two weeks after a notice of default) carries
 * that term's Atw extension, because that is what moved it.
 *
 * @param date           the date to act on or from
 * @param nominalDate    the date counted without the Atw; equal to date when nothing moved it
 * @param computedFrom   the input dates, in the order the rule uses them
 * @param atwArticles    the Atw articles that moved the date, in article order; empty when none did
 * @param nonWorkingDays the days off that made the Atw apply, see {@link TermEnd}
 */
public record ComputedDate(DeadlineRule rule, LocalDate date, LocalDate nominalDate, List<TriggerDate> computedFrom,
                           Set<AtwArticle> atwArticles, List<DayOff> nonWorkingDays) {

    public ComputedDate {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nominalDate, "nominalDate");
        computedFrom = List.copyOf(computedFrom);
        if (computedFrom.isEmpty()) {
            throw new IllegalArgumentException("A computed date names the dates it came from");
        }
        atwArticles = atwArticles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(atwArticles));
        nonWorkingDays = List.copyOf(nonWorkingDays);
    }

    static ComputedDate of(DeadlineRule rule, TermEnd end, List<TriggerDate> computedFrom) {
        return new ComputedDate(rule, end.end(), end.nominalEnd(), computedFrom, end.atwArticles(), end.nonWorkingDays());
    }

    static ComputedDate of(DeadlineRule rule, TermEnd end, Trigger trigger, LocalDate triggerDate) {
        return of(rule, end, List.of(new TriggerDate(trigger, triggerDate)));
    }

    public String ruleId() {
        return rule.ruleId();
    }

    public String articles() {
        return rule.articles();
    }

    public DeadlineKind kind() {
        return rule.kind();
    }

    public boolean movedByAtw() {
        return !atwArticles.isEmpty();
    }
}
