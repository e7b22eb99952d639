package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
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
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.audit.AuditService;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.consent.ConsentService;
import nl.tafelgenoot.domain.network.NetworkService;
import nl.tafelgenoot.domain.privacy.PrivacyService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.cases.CaseView;
import nl.tafelgenoot.ui.cases.NewCaseView;
import nl.tafelgenoot.ui.consent.ConsentSection;
import nl.tafelgenoot.ui.network.NetworkSection;
import nl.tafelgenoot.ui.privacy.PrivacySection;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;
import org.apache.shiro.SecurityUtils;

/**
 * One client, by the random public id in the address, to read and change. An id that does not
 * exist and one of another organisation give the same "not found" page.
 */
@Route(value = "clienten/:" + ClientView.ID, layout = MainLayout.class)
@RequiresPermission(Permission.CLIENT_READ)
public class ClientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ID = "clientId";

    private final ClientService clients;
    private final H2 name = new H2();
    private final Span number = new Span();
    private final ClientForm form;
    private final VerticalLayout caseList = new VerticalLayout();
    private final CaseService cases;
    private final AuditService audit;
    private final VerticalLayout auditTrail = new VerticalLayout();
    private final VerticalLayout privacySection = new VerticalLayout();
    private final PrivacyService privacy;
    private final ConsentSection consent;
    private final NetworkSection network;
    private Client client;

    @Inject
    public ClientView(ClientService clients, CaseService cases, AuditService audit, ConsentService consents,
                      NetworkService networkService, Municipalities municipalities, PrivacyService privacy) {
        this.clients = clients;
        this.privacy = privacy;
        this.form = new ClientForm(municipalities.current());
        this.cases = cases;
        this.audit = audit;
        this.consent = new ConsentSection(consents,
                changed -> clients.find(changed.getPublicId()).ifPresent(this::show));
        this.network = new NetworkSection(networkService);
        name.setId("client-name");
        number.setId("client-number");
        RouterLink back = new RouterLink(getTranslation("client.back"), ClientsView.class);
        form.addSaveListener(e -> save(e.client()));
        form.addCancelListener(e -> form.edit(client));
        caseList.setPadding(false);
        caseList.setSpacing(false);
        caseList.setId("client-cases");
        auditTrail.setPadding(false);
        privacySection.setPadding(false);
        add(back, name, number, caseList, consent, network, form, auditTrail, privacySection);
    }

    private void showCases(Client found) {
        caseList.removeAll();
        caseList.add(new H3(getTranslation("client.cases")));
        var ofClient = cases.forClient(found);
        if (ofClient.isEmpty()) {
            caseList.add(new Span(getTranslation("client.cases.none")));
        }
        for (SupportCase supportCase : ofClient) {
            caseList.add(new RouterLink(supportCase.getReference() + " – " + getTranslation("phase." + supportCase.getPhase()),
                    CaseView.class, new RouteParameters(CaseView.ID, supportCase.getPublicId())));
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE)) {
            Button open = new Button(getTranslation("case.new"), VaadinIcon.PLUS.create(), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(NewCaseView.class, new RouteParameters(ID, found.getPublicId()))));
            open.setId("new-case");
            caseList.add(open);
        }
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
        showCases(found);
        consent.show(found);
        network.show(found);
        auditTrail.removeAll();
        if (SecurityUtils.getSubject().isPermitted(Permission.AUDIT_READ)) {
            auditTrail.add(new ClientAuditPanel(audit.forClient(found.getPublicId())));
        }
        privacySection.removeAll();
        if (privacy.mayManage()) {
            privacySection.add(new PrivacySection(privacy, found, this::erased));
        }
    }

    /** After an erasure the client is gone: back to the list, which no longer shows them. */
    private void erased() {
        Notification.show(getTranslation("privacy.erase.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(ClientsView.class));
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
