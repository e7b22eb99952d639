package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.ui.municipalities.MunicipalityField;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/** Opening a case for a client: the law, the request in the client's words, life domains, the notification date. */
@Route(value = "clienten/:clientId/nieuwe-casus", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_WRITE)
public class NewCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    private final ClientService clients;
    private final CaseService cases;
    private final Binder<SupportCase> binder = new BeanValidationBinder<>(SupportCase.class);
    private final Div problem = new Div();
    private Client client;

    final RadioButtonGroup<Law> law = new RadioButtonGroup<>(getTranslation("case.law"));
    final MunicipalityField municipality;
    final TextArea request = new TextArea(getTranslation("case.request"));
    final CheckboxGroup<LifeDomain> lifeDomains = new CheckboxGroup<>(getTranslation("case.lifeDomains"));
    final DatePicker notifiedOn = DatePickers.create("notifiedOn", getTranslation("case.notifiedOn"));
    final Checkbox urgent = new Checkbox(getTranslation("case.urgent"));

    @Inject
    public NewCaseView(ClientService clients, CaseService cases, Municipalities municipalities) {
        this.clients = clients;
        this.municipality = new MunicipalityField("municipality", getTranslation("case.municipality"),
                municipalities.current());
        this.cases = cases;
        law.setId("law");
        law.setItems(Law.values());
        law.setItemLabelGenerator(l -> getTranslation("law." + l));
        request.setId("request");
        request.setMinHeight("6em");
        lifeDomains.setId("lifeDomains");
        lifeDomains.setItems(LifeDomain.values());
        lifeDomains.setItemLabelGenerator(d -> getTranslation("lifeDomain." + d));
        notifiedOn.setMax(LocalDate.now(Clocks.AMSTERDAM));
        urgent.setId("urgent");
        binder.bindInstanceFields(this);

        problem.setId("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        FormLayout form = new FormLayout(law, municipality, notifiedOn, urgent, request, lifeDomains);
        form.setColspan(request, 2);
        form.setColspan(lifeDomains, 2);
        Button open = new Button(getTranslation("form.save"), e -> open());
        open.setId("save");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, form, open);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("clientId").orElse("");
        client = clients.find(id).orElse(null);
        if (client == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        SupportCase draft = new SupportCase(client, Law.WMO, client.getMunicipality(), null, Set.of(),
                LocalDate.now(Clocks.AMSTERDAM));
        binder.readBean(draft);
    }

    private void open() {
        SupportCase draft = new SupportCase(client, Law.WMO, null, null, Set.of(), null);
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        try {
            SupportCase opened = cases.open(client.getPublicId(), draft);
            Notification.show(getTranslation("case.opened", opened.getReference()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.ID, opened.getPublicId()));
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, UnknownMunicipality.class)) {
                municipality.refuseUnknown();
            } else if (!Failures.causedBy(refusal, ConstraintViolationException.class)) {
                throw refusal;
            } else {
                binder.validate();
            }
            problem.setText(getTranslation("form.invalid"));
        }
    }

    @Override
    public String viewTitle() {
        return client == null ? getTranslation("case.new") : getTranslation("case.new.title", client.getFullName());
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
