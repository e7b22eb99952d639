package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.clients.DuplicateCheck;
import nl.tafelgenoot.domain.clients.PossibleDuplicate;
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

    /**
     * Registers the client; when the organisation may have this person already (same name and
     * date of birth, or same phone), asks first, naming them, and registers only on "toch".
     */
    private void register(Client client) {
        List<PossibleDuplicate> duplicates;
        try {
            duplicates = clients.possibleDuplicates(DuplicateCheck.of(client));
        } catch (RuntimeException refusal) {
            form.explain(refusal);
            return;
        }
        if (duplicates.isEmpty()) {
            save(client);
            return;
        }
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("duplicate-warning");
        ask.setHeader(getTranslation("client.duplicates.title"));
        ask.setText(getTranslation("client.duplicates.text", duplicates.stream()
                .map(d -> d.client().getFullName() + " (" + d.reasons().stream().sorted()
                        .map(r -> getTranslation("duplicateReason." + r)).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "))));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("client.duplicates.back"));
        ask.setConfirmText(getTranslation("client.duplicates.anyway"));
        ask.addConfirmListener(e -> save(client));
        ask.open();
    }

    private void save(Client client) {
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
