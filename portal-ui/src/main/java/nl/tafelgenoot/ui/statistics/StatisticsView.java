package nl.tafelgenoot.ui.statistics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.statistics.PeriodRefused;
import nl.tafelgenoot.domain.statistics.Statistics;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.MedianDays;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.statistics.StatisticsService;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The coordinator's statistics ({@code statistics:read}): a period (from and to, or a quick
 * choice: this year, last year, the last 12 months; refused next to the field when from is after
 * to or the span is over five years, with the dates typed kept), then per figure a chart drawn on
 * the server as SVG and, beside it, a table with its numbers — the table is what a screen reader
 * reads, the image's alt text names the chart. A CSV download of all figures, with counts under 5
 * masked ({@link StatisticsCsv}). On screen the numbers are exact: the coordinator may see every
 * case anyway.
 */
@Route(value = "statistieken", layout = MainLayout.class)
@RequiresPermission(Permission.STATISTICS_READ)
public class StatisticsView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final StatisticsService service;
    private final LocalDate today;
    private final DatePicker from;
    private final DatePicker to;
    private final Span summary = new Span();
    private final Div figures = new Div();
    private final StatisticsCharts charts;
    private final NumberFormat numbers;
    private StatisticsPeriod period;

    @Inject
    public StatisticsView(StatisticsService service, Clock clock) {
        this.service = service;
        this.today = LocalDate.now(clock);
        Locale locale = getLocale();
        this.charts = new StatisticsCharts(this::getTranslation, locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        setWidthFull();

        from = DatePickers.create("statistics-from", getTranslation("statistics.from"));
        to = DatePickers.create("statistics-to", getTranslation("statistics.to"));
        Button show = new Button(getTranslation("statistics.show"), e -> show());
        show.setId("statistics-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button thisYear = quick("statistics-this-year", "statistics.thisYear", StatisticsPeriod.thisYear(today));
        Button lastYear = quick("statistics-last-year", "statistics.lastYear", StatisticsPeriod.lastYear(today));
        Button last12 = quick("statistics-last-12", "statistics.last12Months", StatisticsPeriod.last12Months(today));
        HorizontalLayout form = new HorizontalLayout(from, to, show);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout quick = new HorizontalLayout(thisYear, lastYear, last12);
        quick.setWrap(true);

        Anchor download = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("statistics.download"));
        download.setId("statistics-download");
        Paragraph masking = new Paragraph(getTranslation("statistics.download.note"));
        summary.setId("statistics-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        figures.setId("statistics-figures");
        figures.setWidthFull();
        add(form, quick, summary, new HorizontalLayout(download), masking, figures);
        from.setValue(StatisticsPeriod.thisYear(today).from());
        to.setValue(StatisticsPeriod.thisYear(today).to());
        show();
    }

    private Button quick(String id, String key, StatisticsPeriod choice) {
        Button button = new Button(getTranslation(key), e -> {
            from.setValue(choice.from());
            to.setValue(choice.to());
            show();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Reads the period; a refusal goes next to its field and the figures shown stay. */
    private void show() {
        from.setInvalid(false);
        to.setInvalid(false);
        StatisticsPeriod asked;
        try {
            asked = new StatisticsPeriod(from.getValue(), to.getValue());
        } catch (PeriodRefused refused) {
            DatePicker field = refused.reason() == PeriodRefused.Reason.MISSING && from.getValue() == null ? from : to;
            field.setErrorMessage(getTranslation("statistics.period." + refused.reason().name(), StatisticsPeriod.MAX_YEARS));
            field.setInvalid(true);
            return;
        }
        period = asked;
        Statistics statistics = service.statistics(asked);
        var dates = DatePickers.format();
        summary.setText(getTranslation("statistics.summary", dates.format(asked.from()), dates.format(asked.to())));
        figures.removeAll();
        figures.add(newRequests(statistics), municipalities(statistics), outcomes(statistics),
                medians("statistics-to-interview", "statistics.toInterview", statistics.notificationToInterview()),
                medians("statistics-to-decision", "statistics.toDecision", statistics.applicationToDecision()),
                caseload(statistics.caseload()));
    }

    private Component newRequests(Statistics s) {
        NativeTable table = table("statistics.axis.month", "statistics.series.requests");
        for (MonthCount m : s.newRequests()) {
            row(table, charts.month(m.month()), numbers.format(m.count()));
        }
        return figure("statistics-new-requests", "statistics.newRequests", charts.newRequests(s.newRequests()), table);
    }

    private Component municipalities(Statistics s) {
        NativeTable table = table("statistics.axis.municipality", "statistics.series.cases");
        for (MunicipalityCount m : s.casesPerMunicipality()) {
            row(table, m.municipality(), numbers.format(m.count()));
        }
        Component figure = figure("statistics-municipalities", "statistics.municipalities",
                charts.perMunicipality(s.casesPerMunicipality()), table);
        if (s.casesPerMunicipality().size() > StatisticsCharts.TOP) {
            ((Section) figure).addComponentAtIndex(1, new Paragraph(getTranslation("statistics.top", StatisticsCharts.TOP)));
        }
        return figure;
    }

    private Component outcomes(Statistics s) {
        NativeTable decisions = table("statistics.axis.outcome", "statistics.series.decisions");
        for (DecisionOutcome o : DecisionOutcome.values()) {
            row(decisions, getTranslation("decisionOutcome." + o.name()), numbers.format(s.decisionOutcomes().get(o)));
        }
        NativeTable objections = table("statistics.axis.outcome", "statistics.series.objections");
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            row(objections, getTranslation("objectionOutcome." + o.name()), numbers.format(s.objectionOutcomes().get(o)));
        }
        Div both = new Div(figure("statistics-decisions", "statistics.decisions", charts.decisionOutcomes(s.decisionOutcomes()),
                decisions), figure("statistics-objections", "statistics.objections",
                charts.objectionOutcomes(s.objectionOutcomes()), objections));
        return both;
    }

    private Component medians(String id, String key, Statistics.Durations durations) {
        NativeTable table = table("statistics.axis.municipality", "statistics.series.median", "statistics.series.cases");
        List<MedianDays> lines = new ArrayList<>(durations.perMunicipality());
        lines.add(durations.overall());
        for (MedianDays m : lines) {
            row(table, m.municipality() == null ? getTranslation("statistics.allMunicipalities") : m.municipality(),
                    m.median().isPresent() ? numbers.format(m.median().getAsDouble()) : "–", numbers.format(m.cases()));
        }
        return figure(id, key, charts.medians(key, durations), table);
    }

    private Component caseload(List<Caseload> caseload) {
        NativeTable table = table("statistics.axis.advisor", "statistics.series.open", "statistics.series.max");
        for (Caseload c : caseload) {
            row(table, c.advisor(), numbers.format(c.openCases()), numbers.format(c.maxOpenCases()));
        }
        return figure("statistics-caseload", "statistics.caseload", charts.caseload(caseload), table);
    }

    /**
     * A section with its heading, the chart as an image (SVG in a data address; its alt text is the
     * chart's title and points to the table) and the table of its numbers, whose caption is the title.
     */
    private Section figure(String id, String titleKey, BarChart chart, NativeTable table) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-title");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.getStyle().set("max-width", BarChart.WIDTH + "px").set("margin-bottom", "var(--lumo-space-l)");
        section.add(new Paragraph(getTranslation(titleKey + ".description")));
        if (chart.categories() == 0) {
            section.add(new Paragraph(getTranslation("statistics.none")));
        } else {
            String svg = chart.toSvg();
            Image image = new Image("data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                    getTranslation("statistics.chart.alt", getTranslation(titleKey)));
            image.setId(id + "-chart");
            image.getElement().setAttribute("role", "img");
            image.setWidth("100%");
            image.setMaxWidth(BarChart.WIDTH + "px");
            section.add(image);
        }
        table.setId(id + "-table");
        table.setCaptionText(getTranslation(titleKey));
        table.getStyle().set("border-collapse", "collapse").set("margin-top", "var(--lumo-space-s)");
        section.add(table);
        return section;
    }

    private NativeTable table(String... headerKeys) {
        NativeTable table = new NativeTable();
        NativeTableRow head = table.getHead().addRow();
        for (String key : headerKeys) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            cell.getStyle().set("text-align", "left").set("padding", "0.25em 1em 0.25em 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-60pct)");
        }
        return table;
    }

    private static void row(NativeTable table, String label, String... values) {
        NativeTableRow row = table.getBody().addRow();
        var name = row.addHeaderCell();
        name.setText(label);
        name.getElement().setAttribute("scope", "row");
        name.getStyle().set("text-align", "left").set("font-weight", "normal").set("padding", "0.25em 1em 0.25em 0");
        for (String value : values) {
            var cell = row.addDataCell();
            cell.setText(value);
            cell.getStyle().set("text-align", "right").set("padding", "0.25em 1em 0.25em 0");
        }
    }

    /** The CSV of the period shown when the link is followed, in Dutch, small counts masked. */
    private DownloadHandler csvDownload() {
        Labels dutch = (key, params) -> getTranslation(DUTCH, key, params);
        return event -> {
            StatisticsPeriod current = period;
            event.setFileName(getTranslation(DUTCH, "statistics.csv.fileName", current.from().toString(),
                    current.to().toString()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            new StatisticsCsv(dutch).write(event.getOutputStream(), service.statistics(current));
        };
    }

    @Override
    public String viewTitle() {
        return getTranslation("statistics.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
