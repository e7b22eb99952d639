package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/** Registering a new client; on success the new client's page opens. */
@Route(value = "clienten/nieuw", layout = MainLayout.class)
@RequiresPermission(Permission.CLIENT_WRITE)
public class NewClientView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final ClientService clients;
    private final ClientForm form;

    @Inject
    public NewClientView(ClientService clients, Municipalities municipalities) {
        this.clients = clients;
        this.form = new ClientForm(municipalities.current());
        form.edit(new Client());
        form.addSaveListener(e -> register(e.client()));
        form.addCancelListener(e -> UI.getCurrent().navigate(ClientsView.class));
        add(form);
    }

    private void register(Client client) {
        try {
            Client registered = clients.register(client);
            Notification.show(getTranslation("client.registered", registered.getFullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ClientView.class, new RouteParameters(ClientView.ID, registered.getPublicId()));
        } catch (RuntimeException refusal) {
            form.explain(refusal);
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("client.new.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
