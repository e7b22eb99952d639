package nl.tafelgenoot.ui.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.NetworkService;
import nl.tafelgenoot.domain.security.Permission;
import org.apache.shiro.SecurityUtils;

/**
 * The client's network, ordered by who may act for the client (legal representative, partner,
 * family, others). Selecting a row (click, or arrow keys and space) opens it in the form, where
 * the person can also be taken out of the network after a confirmation. The list stays on screen
 * when it is empty (with a line saying so), so it never has to reappear after the first save.
 */
public class NetworkSection extends VerticalLayout {

    private final NetworkService network;
    private final boolean mayWrite = SecurityUtils.getSubject().isPermitted(Permission.CLIENT_WRITE);
    private final Grid<NetworkMember> grid = new Grid<>();
    private final Span empty = new Span();
    private final NetworkMemberForm form;
    private Client client;

    public NetworkSection(NetworkService network) {
        this.network = network;
        setPadding(false);
        setId("network-section");
        grid.setId("network");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(NetworkMember::getName).setHeader(getTranslation("network.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("network.relation." + m.getRelation())).setHeader(getTranslation("network.relation"));
        grid.addColumn(m -> m.isInformalCarer() ? getTranslation("network.informalCarer.yes") : "")
                .setHeader(getTranslation("network.informalCarer.short"));
        grid.addColumn(m -> m.getCurrentHelp() == null ? "" : m.getCurrentHelp()).setHeader(getTranslation("network.currentHelp"));
        grid.addColumn(m -> m.getHelpFrequency() == null ? "" : m.getHelpFrequency())
                .setHeader(getTranslation("network.helpFrequency"));
        grid.addColumn(m -> m.getCanContinue() == null ? "" : getTranslation("network.canContinue." + m.getCanContinue()))
                .setHeader(getTranslation("network.canContinue"));
        empty.setText(getTranslation("network.none"));
        empty.setId("network-none");
        form = new NetworkMemberForm(this::save, this::closeForm, this::remove);
        form.setId("network-member-form");
        form.setVisible(false);
        add(new H3(getTranslation("network.title")), new Span(getTranslation("network.order")), empty, grid);
        if (mayWrite) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    open(e.getValue());
                }
            });
            Button add = new Button(getTranslation("network.add"), VaadinIcon.PLUS.create(), e -> open(new NetworkMember()));
            add.setId("add-network-member");
            add(add, form);
        }
    }

    public void show(Client shown) {
        this.client = shown;
        var members = network.members(shown.getPublicId());
        grid.setItems(members);
        empty.setVisible(members.isEmpty());
    }

    private void open(NetworkMember member) {
        form.setVisible(true);
        form.edit(member);
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void remove(NetworkMember member) {
        try {
            network.remove(client.getPublicId(), member.getPublicId(), member.getVersion());
            Notification.show(getTranslation("network.removed", member.getName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            closeForm();
            show(client);
        } catch (RuntimeException refusal) {
            form.explain(refusal);
        }
    }

    private void save(NetworkMember member) {
        try {
            NetworkMember saved = network.save(client.getPublicId(), member);
            Notification.show(getTranslation("network.saved", saved.getName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            closeForm();
            show(client);
        } catch (RuntimeException refusal) {
            form.explain(refusal);
        }
    }
}
