package nl.tafelgenoot.domain.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;

/**
 * The coordinator's statistics for one period, as plain values: what the charts draw, the tables
 * list and the CSV exports. Counts are exact here; masking small counts is the export's job
 * ({@link SmallCounts}). The caseload is of today, whatever the period.
 */
public record Statistics(StatisticsPeriod period, List<MonthCount> newRequests, List<MunicipalityCount> casesPerMunicipality,
                         Map<DecisionOutcome, Long> decisionOutcomes, Map<ObjectionOutcome, Long> objectionOutcomes,
                         Durations notificationToInterview, Durations applicationToDecision, List<Caseload> caseload) {

    public Statistics {
        newRequests = List.copyOf(newRequests);
        casesPerMunicipality = List.copyOf(casesPerMunicipality);
        decisionOutcomes = Map.copyOf(decisionOutcomes);
        objectionOutcomes = Map.copyOf(objectionOutcomes);
        caseload = List.copyOf(caseload);
    }

    /** New requests in one month. */
    public record MonthCount(YearMonth month, long count) {
    }

    /** Cases opened in the period in one municipality. */
    public record MunicipalityCount(String municipality, long count) {
    }

    /**
     * The median number of days over {@code cases} cases (empty when there are none). {@code municipality}
     * is null for the line over all municipalities.
     */
    public record MedianDays(String municipality, long cases, OptionalDouble median) {
    }

    /** Medians per municipality (most cases first) and over all of them. */
    public record Durations(List<MedianDays> perMunicipality, MedianDays overall) {

        public Durations {
            perMunicipality = List.copyOf(perMunicipality);
        }

        /**
         * Medians of the spans' days per municipality and over all. A span that ends before it
         * starts (a date typed wrongly) is left out rather than pulling a median below zero.
         */
        public static Durations of(List<DateSpan> spans) {
            Map<String, List<Long>> days = new TreeMap<>();
            List<Long> all = new ArrayList<>();
            for (DateSpan span : spans) {
                long d = span.days();
                if (d >= 0) {
                    days.computeIfAbsent(span.municipality(), m -> new ArrayList<>()).add(d);
                    all.add(d);
                }
            }
            List<MedianDays> per = days.entrySet().stream()
                    .map(e -> new MedianDays(e.getKey(), e.getValue().size(), Median.of(e.getValue())))
                    .sorted(Comparator.comparingLong(MedianDays::cases).reversed())
                    .toList();
            return new Durations(per, new MedianDays(null, all.size(), Median.of(all)));
        }
    }

    /** An advisor's open cases now against the maximum on their profile. */
    public record Caseload(long accountId, String advisor, long openCases, int maxOpenCases) {
    }
}
