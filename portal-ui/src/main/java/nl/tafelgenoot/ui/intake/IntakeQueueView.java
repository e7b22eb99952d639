package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeStatus;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The coordinator's intake queue: every waiting or offered request with its age, urgent ones
 * first, then the oldest; why an advisor gave one back; a lazy grid paged in SQL, a CSV of the
 * whole queue, and the way in for a phone request.
 */
@Route(value = "aanmeldingen", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_ASSIGN)
public class IntakeQueueView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final IntakeService intake;
    private final LocalDate today;

    @Inject
    public IntakeQueueView(IntakeService intake, Clock clock) {
        this.intake = intake;
        this.today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        setSizeFull();
        Button enter = new Button(getTranslation("intake.queue.new"), VaadinIcon.PHONE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewIntakeView.class)));
        enter.setId("intake-new");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor download = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("intake.queue.download"));
        download.setId("intake-download");
        HorizontalLayout actions = new HorizontalLayout(enter, download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span count = new Span(getTranslation("intake.queue.count", intake.queueCount()));
        count.setId("intake-count");
        add(new Paragraph(getTranslation("intake.queue.intro")), actions, count, grid());
    }

    private Grid<IntakeRequest> grid() {
        Grid<IntakeRequest> grid = new Grid<>(IntakeRequest.class, false);
        grid.setId("intake-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new RouterLink(r.getFullName(), IntakeView.class,
                        new RouteParameters(IntakeView.ID, r.getPublicId())))
                .setHeader(getTranslation("intake.column.name")).setFlexGrow(2);
        grid.addColumn(r -> DatePickers.format().format(r.getReceivedAt().atZone(Clocks.AMSTERDAM)))
                .setHeader(getTranslation("intake.column.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("intake.age", r.ageInDays(today)))
                .setHeader(getTranslation("intake.column.age")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IntakeRequest::getMunicipality).setHeader(getTranslation("intake.column.municipality"));
        grid.addColumn(r -> getTranslation("intake.topic." + r.getTopic())).setHeader(getTranslation("intake.column.topic"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("intake.column.status")).setFlexGrow(2);
        grid.setItems(query -> intake.queue(new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) intake.queueCount());
        grid.setAllRowsVisible(false);
        return grid;
    }

    private Component status(IntakeRequest r) {
        VerticalLayout cell = new VerticalLayout();
        cell.setPadding(false);
        cell.setSpacing(false);
        if (r.isUrgent()) {
            Span urgent = new Span(getTranslation("intake.urgent"));
            urgent.getElement().getThemeList().add("badge error");
            cell.add(urgent);
        }
        cell.add(new Span(getTranslation("intake.status." + r.getStatus())));
        if (r.getStatus() == IntakeStatus.WAITING) {
            r.lastDeclineReason().ifPresent(reason -> cell.add(new Span(getTranslation("intake.declinedBy", reason))));
        }
        return cell;
    }

    private DownloadHandler csvDownload() {
        Function<String, String> dutch = key -> getTranslation(DUTCH, key);
        return event -> {
            event.setFileName(getTranslation(DUTCH, "intake.queue.csv.fileName") + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            new IntakeCsv(dutch).write(event.getOutputStream(), intake::queue, today);
        };
    }

    @Override
    public String viewTitle() {
        return getTranslation("intake.queue.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
