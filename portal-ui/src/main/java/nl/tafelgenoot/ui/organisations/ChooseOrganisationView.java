package nl.tafelgenoot.ui.organisations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.ui.security.NoTenantRequired;
import nl.tafelgenoot.ui.security.SignIn;

/**
 * For people who work for several organisations: one large button per organisation. Choosing
 * one sets the tenant for the rest of the session; it can be changed from the top bar.
 */
@Route("organisatie-kiezen")
@NoTenantRequired
public class ChooseOrganisationView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ChooseOrganisationView(SignIn signIn) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        H1 title = new H1(getTranslation("organisations.choose.title"));
        Paragraph intro = new Paragraph(getTranslation("organisations.choose.intro"));
        VerticalLayout choices = new VerticalLayout();
        choices.setMaxWidth("32em");
        choices.setPadding(false);
        for (Organisation organisation : signIn.workplaces()) {
            Button choice = new Button(organisation.getName(), e -> {
                if (signIn.choose(organisation.tenantId())) {
                    UI.getCurrent().navigate("");
                }
            });
            choice.setId("organisation-" + organisation.getSlug());
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
            choice.setWidthFull();
            choices.add(choice);
        }
        add(title, intro, choices);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.choose.title") + " – " + getTranslation("app.name");
    }
}
