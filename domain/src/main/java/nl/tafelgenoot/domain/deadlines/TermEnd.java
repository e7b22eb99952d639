package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a term ends, next to where it would have ended without the Algemene termijnenwet, with
 * the articles that moved it and the days off that made them apply. Kept together so a screen
 * never shows a moved date without its reason.
 *
 * @param nonWorkingDays for art. 1 the days off from the nominal end up to the new end; when art. 2
 *                       applied, every day off inside the lengthened term
 */
public record TermEnd(LocalDate nominalEnd, LocalDate end, Set<AtwArticle> atwArticles, List<DayOff> nonWorkingDays) {

    public TermEnd {
        Objects.requireNonNull(nominalEnd, "nominalEnd");
        Objects.requireNonNull(end, "end");
        atwArticles = atwArticles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(atwArticles));
        nonWorkingDays = List.copyOf(nonWorkingDays);
    }

    /** A date the Atw does not touch: a practice reminder, or a term the Atw does not cover. */
    public static TermEnd unextended(LocalDate date) {
        return new TermEnd(date, date, Set.of(), List.of());
    }

    public boolean extendedByAtw() {
        return !atwArticles.isEmpty();
    }

    /**
     * The end of a second term that starts where this one ended: dated by the second, nominally as
     * if the Atw had moved neither, with what the Atw did to both.
     */
    TermEnd followedBy(TermEnd next) {
        List<DayOff> days = new ArrayList<>(nonWorkingDays);
        days.addAll(next.nonWorkingDays);
        Set<AtwArticle> articles = EnumSet.noneOf(AtwArticle.class);
        articles.addAll(atwArticles);
        articles.addAll(next.atwArticles);
        LocalDate nominal = nominalEnd.plusDays(ChronoUnit.DAYS.between(end, next.nominalEnd));
        return new TermEnd(nominal, next.end, articles, days);
    }

    /** A date that follows this end by a fixed number of days and so carries its extension along. */
    TermEnd plusDays(long days) {
        return new TermEnd(nominalEnd.plusDays(days), end.plusDays(days), atwArticles, nonWorkingDays);
    }
}
