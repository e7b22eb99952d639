package nl.tafelgenoot.ui.audit;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.audit.AuditLine;
import nl.tafelgenoot.domain.audit.AuditSearch;
import nl.tafelgenoot.domain.audit.AuditSearchRefused;
import nl.tafelgenoot.domain.audit.AuditService;
import nl.tafelgenoot.domain.audit.Person;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.ui.clients.ClientView;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The admin reads the organisation's audit trail: who looked at or changed what, filtered by
 * person, client number and period (the last 30 days to start with), newest first, in a lazy
 * grid. Clients appear by number, linked to their record; the search itself reads no client.
 */
@Route(value = "beheer/audittrail", layout = MainLayout.class)
@RequiresPermission(Permission.AUDIT_TRAIL)
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private final AuditService audit;
    private final ComboBox<Person> person = new ComboBox<>();
    private final IntegerField client = new IntegerField();
    private final DatePicker from = DatePickers.create("audit-from", "");
    private final DatePicker to = DatePickers.create("audit-to", "");
    private final Map<String, HasValidation> fields = Map.of("client", client, "from", from, "to", to);
    private final Span count = new Span();
    private final Grid<AuditLine> grid = new Grid<>();

    @Inject
    public AuditTrailView(AuditService audit) {
        this.audit = audit;
        person.setId("audit-person");
        person.setLabel(getTranslation("auditTrail.filter.person"));
        person.setPlaceholder(getTranslation("auditTrail.filter.everyone"));
        person.setClearButtonVisible(true);
        List<Person> people = new ArrayList<>(audit.people());
        people.add(new Person(SystemActor.ACCOUNT_ID, getTranslation("auditTrail.system")));
        person.setItems(people);
        person.setItemLabelGenerator(Person::name);
        client.setId("audit-client");
        client.setLabel(getTranslation("auditTrail.filter.client"));
        client.setClearButtonVisible(true);
        from.setLabel(getTranslation("auditTrail.filter.from"));
        to.setLabel(getTranslation("auditTrail.filter.to"));
        LocalDate today = LocalDate.now(ZONE);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        Button search = new Button(getTranslation("auditTrail.search"), VaadinIcon.SEARCH.create(), e -> refresh());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(person, client, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("audit-count");
        count.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(new Paragraph(getTranslation("auditTrail.intro")), filters, count, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZONE);
        grid.addColumn(line -> when.format(line.at())).setHeader(getTranslation("auditTrail.column.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> line.who() == null ? getTranslation("auditTrail.system") : line.who())
                .setHeader(getTranslation("auditTrail.column.who"));
        grid.addColumn(line -> getTranslation("audit.action." + line.action().name()))
                .setHeader(getTranslation("auditTrail.column.what")).setFlexGrow(2);
        grid.addComponentColumn(this::clientCell).setHeader(getTranslation("auditTrail.column.client")).setAutoWidth(true);
        grid.setSizeFull();
    }

    private com.vaadin.flow.component.Component clientCell(AuditLine line) {
        if (line.clientRef() == null) {
            return new Span();
        }
        if (line.clientNumber() == null) {
            return new Span(getTranslation("auditTrail.clientGone"));
        }
        return new RouterLink(String.valueOf(line.clientNumber()), ClientView.class,
                new RouteParameters(ClientView.ID, line.clientRef()));
    }

    private void refresh() {
        fields.values().forEach(f -> f.setInvalid(false));
        if (client.isInvalid() || client.getValue() == null && !client.isEmpty()) {
            showRefusal(new AuditSearchRefused("clientNotANumber", "client"));
            return;
        }
        AuditSearch search = new AuditSearch(person.getValue() == null ? null : person.getValue().accountId(),
                client.getValue(), from.getValue(), to.getValue());
        try {
            long total = audit.count(search);
            grid.setItems(query -> audit.search(search, new PageRequest(query.getOffset(), query.getLimit())).stream(),
                    query -> (int) audit.count(search));
            count.setText(getTranslation("auditTrail.count", total));
        } catch (AuditSearchRefused refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(AuditSearchRefused refused) {
        HasValidation field = fields.get(refused.field());
        field.setErrorMessage(getTranslation("auditTrail.refused." + refused.key()));
        field.setInvalid(true);
        grid.setItems(List.of());
        count.setText("");
    }

    @Override
    public String viewTitle() {
        return getTranslation("auditTrail.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
