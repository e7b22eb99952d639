package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.OwnProfileInput;
import nl.tafelgenoot.domain.advisors.ProfileRefused;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * An advisor's own profile: they keep their languages, weekly availability and absences; what
 * the coordinator keeps (status, regions, expertise, maximum, VOG) is shown, not editable.
 */
@Route(value = "mijn-profiel", layout = MainLayout.class)
@RequiresPermission(Permission.PROFILE_OWN)
public class OwnProfileView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final AdvisorProfileService service;
    private final ProfileErrors errors = new ProfileErrors();
    private final LanguageField languages = new LanguageField("own-languages", "");
    private final AvailabilityEditor availability = new AvailabilityEditor();
    private final AbsencesEditor absences = new AbsencesEditor();

    @Inject
    public OwnProfileView(AdvisorProfileService service) {
        this.service = service;
        AdvisorOverview mine = service.ownProfile();
        var p = mine.profile();
        Paragraph kept = new Paragraph(getTranslation("advisors.own.kept",
                getTranslation("advisorStatus." + p.getStatus().name()),
                p.getMunicipalities().isEmpty() ? "–" : String.join(", ", p.getMunicipalities()),
                p.getExpertise().isEmpty() ? "–" : p.getExpertise().stream().map(e -> getTranslation("expertise." + e.name()))
                        .collect(Collectors.joining(", ")),
                mine.openCases(), p.getMaxOpenCases(),
                p.getVogDate() == null ? "–" : p.getVogDate().format(DatePickers.format())));
        kept.setId("own-kept");
        languages.setLabel(getTranslation("advisors.languages"));
        errors.register("languages", languages);
        errors.register("availability", availability.error);
        errors.register("absences", absences.error);
        languages.setValue(p.getLanguages());
        availability.setValue(p.getAvailability());
        absences.setValue(p.getAbsences().stream().map(Absence::of).toList());
        Button save = new Button(getTranslation("advisors.save"), e -> save());
        save.setId("own-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("advisors.own.intro")), kept, languages, availability, absences, save);
    }

    private void save() {
        errors.clear();
        try {
            service.updateOwn(new OwnProfileInput(languages.getValue(), availability.value(), absences.value()));
            Notification.show(getTranslation("advisors.saved"));
        } catch (ProfileRefused refused) {
            if (!errors.show(refused, this)) {
                Notification.show(getTranslation("advisors.invalid." + refused.reason()));
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("advisors.own.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
