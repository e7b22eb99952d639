package nl.tafelgenoot.ui.overview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.overview.CaseOverviewRow;
import nl.tafelgenoot.domain.overview.CaseOverviewService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.start.StartPage;
import nl.tafelgenoot.domain.start.StartPage.QuietItem;
import nl.tafelgenoot.domain.start.StartPageService;
import nl.tafelgenoot.ui.cases.CaseView;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.municipalities.MunicipalityField;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The coordinator's overview of every case of the organisation: filters (phase, municipality,
 * advisor, overdue, deadline within N days), a lazy grid paged and sorted in SQL by the nearest
 * deadline, a shortcut to the 14-day deadline radar, a CSV download of everything the filters
 * select, and the cases without contact for 14 days as the start page computes them.
 */
@Route(value = "overzicht", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ_ALL)
public class OverviewView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseOverviewService overview;
    private final Select<CasePhase> phase = new Select<>();
    private final MunicipalityField municipality;
    private final Select<Account> advisor = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final IntegerField withinDays = new IntegerField();
    private final Span count = new Span();
    private final Grid<CaseOverviewRow> grid = new Grid<>(CaseOverviewRow.class, false);
    private CaseOverviewFilter filter = CaseOverviewFilter.all();

    @Inject
    public OverviewView(CaseOverviewService overview, CaseService cases, Municipalities municipalities,
                        StartPageService startPage) {
        this.overview = overview;
        setSizeFull();

        phase.setId("filter-phase");
        phase.setLabel(getTranslation("overview.filter.phase"));
        phase.setItems(CasePhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("overview.filter.any"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("overview.filter.any") : getTranslation("phase." + p));
        municipality = new MunicipalityField("filter-municipality", getTranslation("overview.filter.municipality"),
                municipalities.current());
        municipality.setHelperText(null);
        municipality.setWidth(null);
        advisor.setId("filter-advisor");
        advisor.setLabel(getTranslation("overview.filter.advisor"));
        advisor.setItems(cases.advisors());
        advisor.setEmptySelectionAllowed(true);
        advisor.setEmptySelectionCaption(getTranslation("overview.filter.any"));
        advisor.setItemLabelGenerator(a -> a == null ? getTranslation("overview.filter.any") : a.getDisplayName());
        overdueOnly.setId("filter-overdue");
        overdueOnly.setLabel(getTranslation("overview.filter.overdue"));
        withinDays.setId("filter-within");
        withinDays.setLabel(getTranslation("overview.filter.within"));
        withinDays.setMin(0);
        withinDays.setMax(CaseOverviewFilter.MAX_WITHIN_DAYS);
        withinDays.setStepButtonsVisible(true);
        withinDays.setClearButtonVisible(true);
        withinDays.setValueChangeMode(ValueChangeMode.LAZY);
        withinDays.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("overview.filter.within.invalid", CaseOverviewFilter.MAX_WITHIN_DAYS))
                .setMaxErrorMessage(getTranslation("overview.filter.within.invalid", CaseOverviewFilter.MAX_WITHIN_DAYS))
                .setBadInputErrorMessage(getTranslation("overview.filter.within.invalid", CaseOverviewFilter.MAX_WITHIN_DAYS)));
        phase.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        advisor.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        withinDays.addValueChangeListener(e -> refresh());

        Button radar = new Button(getTranslation("overview.radar"), VaadinIcon.TIMER.create(), e -> {
            clearFilters();
            withinDays.setValue(CaseOverviewFilter.RADAR_DAYS);
        });
        radar.setId("overview-radar");
        Button reset = new Button(getTranslation("overview.reset"), e -> clearFilters());
        reset.setId("overview-reset");

        Anchor download = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("overview.download"));
        download.setId("overview-download");

        HorizontalLayout filters = new HorizontalLayout(phase, municipality, advisor, withinDays, overdueOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(radar, reset, download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        configureGrid();
        count.setId("overview-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(filters, actions, count, grid, quiet(startPage));
        refresh();
    }

    private void configureGrid() {
        grid.setId("overview");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter dates = DatePickers.format();
        grid.addComponentColumn(r -> new RouterLink(r.reference(), CaseView.class,
                        new RouteParameters(CaseView.ID, r.publicId())))
                .setHeader(getTranslation("overview.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseOverviewRow::clientName).setHeader(getTranslation("overview.column.client")).setFlexGrow(2);
        grid.addColumn(CaseOverviewRow::municipality).setHeader(getTranslation("overview.column.municipality"));
        grid.addColumn(r -> getTranslation("phase." + r.phase())).setHeader(getTranslation("overview.column.phase"));
        grid.addColumn(r -> String.join(", ", r.advisors())).setHeader(getTranslation("overview.column.advisors"));
        grid.addComponentColumn(r -> deadline(r, dates)).setHeader(getTranslation("overview.column.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.setMinHeight("20em");
    }

    /** Date, rule id and rule name; overdue with a badge of icon and text, never colour alone. */
    private Span deadline(CaseOverviewRow r, DateTimeFormatter dates) {
        if (r.nextDeadlineOn() == null) {
            return new Span(getTranslation("overview.noDeadline"));
        }
        Span cell = new Span();
        cell.setClassName("overview-deadline");
        if (r.overdue()) {
            Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.getStyle().set("width", "1em").set("height", "1em").set("margin-right", "0.25em");
            Span badge = new Span(icon, new Span(getTranslation("overview.overdue")));
            badge.setClassName("overview-overdue");
            badge.getElement().getThemeList().add("badge error");
            badge.getStyle().set("margin-right", "0.5em");
            cell.add(badge);
        }
        Span rule = new Span(r.nextDeadlineRuleId());
        rule.setClassName("overview-rule");
        rule.setTitle(getTranslation("deadlineRule." + r.nextDeadlineRule().name()));
        cell.add(new Span(dates.format(r.nextDeadlineOn()) + " "), rule);
        return cell;
    }

    private void clearFilters() {
        phase.clear();
        municipality.clear();
        advisor.clear();
        overdueOnly.clear();
        withinDays.clear();
    }

    private void refresh() {
        if (withinDays.isInvalid()) {
            return;
        }
        Integer within = withinDays.getValue();
        if (within != null && (within < 0 || within > CaseOverviewFilter.MAX_WITHIN_DAYS)) {
            withinDays.setErrorMessage(getTranslation("overview.filter.within.invalid", CaseOverviewFilter.MAX_WITHIN_DAYS));
            withinDays.setInvalid(true);
            return;
        }
        filter = new CaseOverviewFilter(phase.getValue(), municipality.getValue(),
                advisor.getValue() == null ? null : advisor.getValue().getId(), overdueOnly.getValue(), within);
        CaseOverviewFilter current = filter;
        long total = overview.count(current);
        grid.setItems(query -> overview.page(current, new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) overview.count(current));
        count.setText(getTranslation("overview.count", total));
    }

    /** The CSV of what the filters select when the link is followed, every row, in Dutch. */
    private DownloadHandler csvDownload() {
        Function<String, String> dutch = key -> getTranslation(DUTCH, key);
        return event -> {
            CaseOverviewFilter current = filter;
            event.setFileName(getTranslation(DUTCH, "overview.csv.fileName") + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            new OverviewCsv(dutch).write(event.getOutputStream(), page -> overview.page(current, page));
        };
    }

    /**
     * The cases without contact for 14 days, as the start page computes them for a coordinator (the
     * oldest {@link StartPageService#LIMIT}), with a CSV download of all of them.
     */
    private VerticalLayout quiet(StartPageService startPage) {
        StartPage page = startPage.startPage();
        List<QuietItem> quietCases = page.quietCases();
        DateTimeFormatter dates = DatePickers.format();
        VerticalLayout section = new VerticalLayout();
        section.setId("overview-quiet");
        section.setPadding(false);
        section.add(new H2(getTranslation("overview.quiet.title")));
        if (quietCases.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.quiet.empty")));
            return section;
        }
        Function<String, String> dutch = key -> getTranslation(DUTCH, key);
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(getTranslation(DUTCH, "overview.quiet.csv.fileName") + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            new OverviewCsv(dutch).writeQuiet(event.getOutputStream(), startPage.allQuietCases());
        }, AttachmentType.DOWNLOAD, getTranslation("overview.quiet.download"));
        download.setId("overview-quiet-download");
        Paragraph count = new Paragraph(getTranslation("overview.quiet.count", page.quietCaseCount()));
        count.setId("overview-quiet-count");
        section.add(count, download);
        UnorderedList list = new UnorderedList();
        for (QuietItem q : quietCases) {
            RouterLink link = new RouterLink(q.caseRef().reference() + " " + q.caseRef().clientName(), CaseView.class,
                    new RouteParameters(CaseView.ID, q.caseRef().publicId()));
            list.add(new ListItem(link, new Span(" " + getTranslation("overview.quiet.last",
                    dates.format(q.lastContact()), q.daysSince()))));
        }
        section.add(list);
        return section;
    }

    @Override
    public String viewTitle() {
        return getTranslation("overview.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
