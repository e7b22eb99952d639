package nl.tafelgenoot.ui.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.statistics.SmallCounts;
import nl.tafelgenoot.domain.statistics.Statistics;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.MedianDays;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as one CSV, in the overview's format ({@link OverviewCsv#open}: semicolons,
 * UTF-8 with BOM, CRLF) with Dutch headers: {@code Onderdeel;Omschrijving;Aantal;Mediaan
 * (dagen);Maximum}, one line per figure: the period first, then each month, municipality,
 * outcome, median and advisor.
 *
 * <p>This file leaves the portal (boards, funders, municipalities), so no client may be
 * recognisable in it: every count of 1 to 4 is written {@code <5} ({@link SmallCounts}; 0 stays
 * 0), and a median over fewer than 5 cases is written {@code <5 casussen} instead of a number
 * (its count is then {@code <5} too). An advisor's maximum is a setting, not a count, and is
 * written as it is. Medians use a decimal comma, as Dutch spreadsheets read them.
 */
final class StatisticsCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final Labels dutch;

    /** @param dutch the translation of a bundle key in Dutch, the language of every export */
    StatisticsCsv(Labels dutch) {
        this.dutch = dutch;
    }

    void write(OutputStream out, Statistics s) throws IOException {
        CSVPrinter csv = OverviewCsv.open(out);
        csv.printRecord(dutch.get("statistics.csv.part"), dutch.get("statistics.csv.item"), dutch.get("statistics.csv.count"),
                dutch.get("statistics.csv.median"), dutch.get("statistics.csv.max"));
        csv.printRecord(dutch.get("statistics.csv.period"),
                dutch.get("statistics.csv.period.value", DATE.format(s.period().from()), DATE.format(s.period().to())), "", "", "");
        String part = dutch.get("statistics.newRequests");
        for (MonthCount m : s.newRequests()) {
            csv.printRecord(part, MONTH.format(m.month()), SmallCounts.mask(m.count()), "", "");
        }
        part = dutch.get("statistics.municipalities");
        for (MunicipalityCount m : s.casesPerMunicipality()) {
            csv.printRecord(part, m.municipality(), SmallCounts.mask(m.count()), "", "");
        }
        part = dutch.get("statistics.decisions");
        for (DecisionOutcome o : DecisionOutcome.values()) {
            csv.printRecord(part, dutch.get("decisionOutcome." + o.name()),
                    SmallCounts.mask(s.decisionOutcomes().getOrDefault(o, 0L)), "", "");
        }
        part = dutch.get("statistics.objections");
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            csv.printRecord(part, dutch.get("objectionOutcome." + o.name()),
                    SmallCounts.mask(s.objectionOutcomes().getOrDefault(o, 0L)), "", "");
        }
        medians(csv, dutch.get("statistics.toInterview"), s.notificationToInterview());
        medians(csv, dutch.get("statistics.toDecision"), s.applicationToDecision());
        part = dutch.get("statistics.caseload");
        for (Caseload c : s.caseload()) {
            csv.printRecord(part, c.advisor(), SmallCounts.mask(c.openCases()), "", c.maxOpenCases());
        }
        csv.flush();
    }

    private void medians(CSVPrinter csv, String part, Statistics.Durations durations) throws IOException {
        for (MedianDays m : durations.perMunicipality()) {
            csv.printRecord(part, m.municipality(), SmallCounts.mask(m.cases()), median(m), "");
        }
        MedianDays all = durations.overall();
        csv.printRecord(part, dutch.get("statistics.allMunicipalities"), SmallCounts.mask(all.cases()), median(all), "");
    }

    private String median(MedianDays m) {
        if (SmallCounts.isTooFewFor(m.cases()) || m.median().isEmpty()) {
            return m.cases() == 0 ? "" : dutch.get("statistics.csv.tooFew", SmallCounts.MASK);
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl"))).format(m.median().getAsDouble());
    }
}
