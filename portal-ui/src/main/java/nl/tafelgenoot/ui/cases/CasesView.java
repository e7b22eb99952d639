package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The cases the person may see: all of the organisation's for a coordinator, the assigned ones
 * for an advisor. Newest first, paged in SQL; each reference links to the case.
 */
@Route(value = "casussen", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class CasesView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    @Inject
    public CasesView(CaseService cases, HolidayCalendar calendar, Clock clock) {
        setSizeFull();
        DateTimeFormatter dates = DatePickers.format();
        CaseDeadlines deadlines = new CaseDeadlines(calendar);
        LocalDate today = LocalDate.now(clock);
        Grid<SupportCase> grid = new Grid<>(SupportCase.class, false);
        grid.setId("cases");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> new RouterLink(c.getReference(), CaseView.class,
                        new RouteParameters(CaseView.ID, c.getPublicId())))
                .setHeader(getTranslation("cases.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getClient().getFullName()).setHeader(getTranslation("cases.column.client")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("phase." + c.getPhase())).setHeader(getTranslation("cases.column.phase")).setAutoWidth(true);
        grid.addColumn(SupportCase::getMunicipality).setHeader(getTranslation("cases.column.municipality")).setAutoWidth(true);
        grid.addColumn(c -> dates.format(c.getNotifiedOn())).setHeader(getTranslation("cases.column.notifiedOn")).setAutoWidth(true);
        grid.addComponentColumn(c -> nextDeadline(deadlines, c, today, dates))
                .setHeader(getTranslation("cases.column.nextDeadline")).setAutoWidth(true);
        grid.addColumn(c -> c.isUrgent() ? getTranslation("cases.urgent") : "")
                .setHeader(getTranslation("cases.column.urgent")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> cases.search(new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) cases.count());
        grid.setSizeFull();
        Span count = new Span(getTranslation("cases.count", cases.count()));
        count.setId("case-count");
        add(count, grid);
    }

    private Span nextDeadline(CaseDeadlines deadlines, SupportCase c, LocalDate today, DateTimeFormatter dates) {
        return deadlines.next(c, today).map(d -> {
            Span next = new Span(dates.format(d.computed().date()) + " (" + d.computed().ruleId() + ")");
            if (d.needsAttention()) {
                next.setText(next.getText() + " – " + getTranslation("deadlineStatus." + d.status()));
                next.getElement().getThemeList().add("badge");
                next.getElement().getThemeList().add("error");
            }
            return next;
        }).orElseGet(Span::new);
    }

    @Override
    public String viewTitle() {
        return getTranslation("cases.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
