package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * One client, by the random public id in the address, to read and change. An id that does not
 * exist and one of another organisation give the same "not found" page.
 */
@Route(value = "clienten/:" + ClientView.ID, layout = MainLayout.class)
@RequiresPermission(Permission.CLIENT_READ)
public class ClientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    static final String ID = "clientId";

    private final ClientService clients;
    private final H2 name = new H2();
    private final Span number = new Span();
    private final ClientForm form = new ClientForm();
    private Client client;

    @Inject
    public ClientView(ClientService clients) {
        this.clients = clients;
        name.setId("client-name");
        number.setId("client-number");
        RouterLink back = new RouterLink(getTranslation("client.back"), ClientsView.class);
        form.addSaveListener(e -> save(e.client()));
        form.addCancelListener(e -> form.edit(client));
        add(back, name, number, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        clients.find(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Client found) {
        this.client = found;
        name.setText(found.getFullName());
        number.setText(getTranslation("client.number", found.getNumber()));
        form.edit(found);
    }

    private void save(Client changed) {
        try {
            show(clients.update(changed));
            Notification.show(getTranslation("client.saved", client.getFullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refusal) {
            form.explain(refusal);
        }
    }

    @Override
    public String viewTitle() {
        return client == null ? "" : client.getFullName();
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
