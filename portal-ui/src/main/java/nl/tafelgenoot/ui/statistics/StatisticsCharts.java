package nl.tafelgenoot.ui.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.statistics.Statistics;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.MedianDays;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount;

/**
 * The statistics' charts, one {@link BarChart} per figure, labelled in the screen's language.
 * Municipalities are cut to the {@link #TOP} with the most cases so the chart stays readable;
 * the table beside it lists them all.
 */
final class StatisticsCharts {

    static final int TOP = 15;

    private final Labels labels;
    private final DateTimeFormatter monthFormat;

    StatisticsCharts(Labels labels, Locale locale) {
        this.labels = labels;
        this.monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    String month(YearMonth month) {
        return monthFormat.format(month);
    }

    BarChart newRequests(List<MonthCount> months) {
        BarChart chart = chart("statistics.newRequests", "statistics.axis.month", "statistics.axis.count", false);
        String series = labels.get("statistics.series.requests");
        months.forEach(m -> chart.add(series, month(m.month()), m.count()));
        return chart;
    }

    BarChart perMunicipality(List<MunicipalityCount> counts) {
        BarChart chart = chart("statistics.municipalities", "statistics.axis.municipality", "statistics.axis.count", true);
        String series = labels.get("statistics.series.cases");
        counts.stream().limit(TOP).forEach(c -> chart.add(series, c.municipality(), c.count()));
        return chart;
    }

    BarChart decisionOutcomes(Map<DecisionOutcome, Long> outcomes) {
        BarChart chart = chart("statistics.decisions", "statistics.axis.outcome", "statistics.axis.count", false);
        String series = labels.get("statistics.series.decisions");
        for (DecisionOutcome o : DecisionOutcome.values()) {
            chart.add(series, labels.get("decisionOutcome." + o.name()), outcomes.getOrDefault(o, 0L));
        }
        return chart;
    }

    BarChart objectionOutcomes(Map<ObjectionOutcome, Long> outcomes) {
        BarChart chart = chart("statistics.objections", "statistics.axis.outcome", "statistics.axis.count", false);
        String series = labels.get("statistics.series.objections");
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            chart.add(series, labels.get("objectionOutcome." + o.name()), outcomes.getOrDefault(o, 0L));
        }
        return chart;
    }

    /** @param key {@code statistics.toInterview} or {@code statistics.toDecision} */
    BarChart medians(String key, Statistics.Durations durations) {
        BarChart chart = chart(key, "statistics.axis.municipality", "statistics.axis.days", true);
        String series = labels.get("statistics.series.median");
        for (MedianDays m : durations.perMunicipality().stream().limit(TOP).toList()) {
            chart.add(series, m.municipality(), m.median().orElse(0));
        }
        return chart;
    }

    BarChart caseload(List<Caseload> caseload) {
        BarChart chart = chart("statistics.caseload", "statistics.axis.advisor", "statistics.axis.cases", true);
        String open = labels.get("statistics.series.open");
        String max = labels.get("statistics.series.max");
        for (Caseload c : caseload) {
            chart.add(open, c.advisor(), c.openCases());
            chart.add(max, c.advisor(), c.maxOpenCases());
        }
        return chart;
    }

    private BarChart chart(String key, String categoryAxis, String valueAxis, boolean horizontal) {
        return new BarChart(labels.get(key), labels.get(key + ".description"), labels.get(categoryAxis),
                labels.get(valueAxis), horizontal);
    }
}
