package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The organisation's clients: a lazy grid paged in SQL, searched by name and municipality. Each
 * name is a link to the client's page, so the list works with the keyboard alone.
 */
@Route(value = "clienten", layout = MainLayout.class)
@RequiresPermission(Permission.CLIENT_READ)
public class ClientsView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final ClientService clients;
    private final TextField name = new TextField();
    private final TextField municipality = new TextField();
    private final Span count = new Span();
    private final Grid<Client> grid = new Grid<>(Client.class, false);

    @Inject
    public ClientsView(ClientService clients) {
        this.clients = clients;
        setSizeFull();

        name.setId("search-name");
        name.setLabel(getTranslation("clients.search.name"));
        name.setClearButtonVisible(true);
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        municipality.setId("search-municipality");
        municipality.setLabel(getTranslation("clients.search.municipality"));
        municipality.setClearButtonVisible(true);
        for (TextField field : new TextField[] {name, municipality}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }

        Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewClientView.class)));
        add.setId("new-client");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(name, municipality, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureGrid();
        count.setId("client-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(toolbar, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("clients");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter dates = DatePickers.format();
        grid.addColumn(Client::getNumber).setHeader(getTranslation("clients.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> new RouterLink(c.getFullName(), ClientView.class,
                        new RouteParameters(ClientView.ID, c.getPublicId())))
                .setHeader(getTranslation("clients.column.name")).setFlexGrow(2);
        grid.addColumn(c -> c.getDateOfBirth() == null ? "" : dates.format(c.getDateOfBirth()))
                .setHeader(getTranslation("clients.column.dateOfBirth"));
        grid.addColumn(Client::getCity).setHeader(getTranslation("clients.column.city"));
        grid.addColumn(Client::getMunicipality).setHeader(getTranslation("clients.column.municipality"));
        grid.addColumn(Client::getPhone).setHeader(getTranslation("clients.column.phone"));
        grid.setSizeFull();
    }

    private void refresh() {
        ClientFilter filter = new ClientFilter(name.getValue(), municipality.getValue());
        grid.setItems(query -> clients.search(filter, new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) clients.count(filter));
        count.setText(getTranslation("clients.count", clients.count(filter)));
    }

    @Override
    public String viewTitle() {
        return getTranslation("clients.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
