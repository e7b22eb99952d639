package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.ProfileRefused;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * The coordinator's form for one advisor's whole profile. The server checks everything; a
 * refusal is shown next to its field and nothing typed is lost.
 */
class AdvisorForm extends VerticalLayout {

    private final AdvisorProfileService service;
    private final Runnable saved;
    private final ProfileErrors errors = new ProfileErrors();
    private final Select<AdvisorStatus> status = new Select<>();
    private final MultiSelectComboBox<String> municipalities;
    private final TextField postcodeAreas = new TextField();
    private final CheckboxGroup<Expertise> expertise = new CheckboxGroup<>();
    private final LanguageField languages = new LanguageField("advisor-languages", "");
    private final IntegerField maxOpenCases = new IntegerField();
    private final DatePicker vogDate;
    private final AvailabilityEditor availability = new AvailabilityEditor();
    private final AbsencesEditor absences = new AbsencesEditor();
    private final long accountId;

    AdvisorForm(AdvisorProfileService service, AdvisorOverview advisor, List<Municipality> known, Runnable saved) {
        this.service = service;
        this.saved = saved;
        this.accountId = advisor.accountId();
        setId("advisor-form");
        setPadding(false);
        H2 title = new H2(getTranslation("advisors.form.title", advisor.name()));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");

        status.setId("advisor-status");
        status.setLabel(getTranslation("advisors.status"));
        status.setItems(AdvisorStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("advisorStatus." + s.name()));
        Map<String, String> labels = new LinkedHashMap<>();
        known.forEach(m -> labels.put(m.getName(), m.label()));
        municipalities = new MultiSelectComboBox<>(getTranslation("advisors.municipalities"));
        municipalities.setId("advisor-municipalities");
        municipalities.setItems(labels.keySet());
        municipalities.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
        postcodeAreas.setId("advisor-postcode-areas");
        postcodeAreas.setLabel(getTranslation("advisors.postcodeAreas"));
        postcodeAreas.setHelperText(getTranslation("advisors.postcodeAreas.helper"));
        expertise.setId("advisor-expertise");
        expertise.setLabel(getTranslation("advisors.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(e -> getTranslation("expertise." + e.name()));
        languages.setLabel(getTranslation("advisors.languages"));
        maxOpenCases.setId("advisor-max");
        maxOpenCases.setLabel(getTranslation("advisors.maxOpenCases"));
        maxOpenCases.setHelperText(getTranslation("advisors.maxOpenCases.helper", AdvisorProfile.MAX_OPEN_CASES_LIMIT));
        maxOpenCases.setStepButtonsVisible(true);
        vogDate = DatePickers.create("advisor-vog", getTranslation("advisors.vogDate"));
        vogDate.setHelperText(advisor.vogValidUntil() == null ? getTranslation("advisors.vog.missing")
                : getTranslation(advisor.vogValid() ? "advisors.vog.validUntil" : "advisors.vog.expiredOn",
                advisor.vogValidUntil().format(DatePickers.format())));

        errors.register("status", status);
        errors.register("municipalities", municipalities);
        errors.register("postcodeAreas", postcodeAreas);
        errors.register("languages", languages);
        errors.register("maxOpenCases", maxOpenCases);
        errors.register("availability", availability.error);
        errors.register("absences", absences.error);

        FormLayout fields = new FormLayout(status, maxOpenCases, municipalities, postcodeAreas, languages, vogDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("advisors.save"), e -> save());
        save.setId("advisor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span openCases = new Span(getTranslation("advisors.openCases", advisor.openCases(), advisor.profile().getMaxOpenCases()));
        add(title, openCases, fields, expertise, availability, absences, save);
        fill(advisor.profile());
    }

    private void fill(AdvisorProfile p) {
        status.setValue(p.getStatus());
        municipalities.setValue(p.getMunicipalities());
        postcodeAreas.setValue(String.join(", ", p.getPostcodeAreas()));
        expertise.setValue(p.getExpertise());
        languages.setValue(p.getLanguages());
        maxOpenCases.setValue(p.getMaxOpenCases());
        vogDate.setValue(p.getVogDate());
        availability.setValue(p.getAvailability());
        absences.setValue(p.getAbsences().stream().map(nl.tafelgenoot.domain.advisors.Absence::of).toList());
    }

    private void save() {
        errors.clear();
        try {
            if (maxOpenCases.isInvalid() && maxOpenCases.getValue() == null) {
                throw new ProfileRefused("maxOpenCases", "maxOpenCases");
            }
            ProfileInput input = new ProfileInput(status.getValue(), municipalities.getValue(), areas(postcodeAreas.getValue()),
                    expertise.getValue(), languages.getValue(), maxOpenCases.getValue() == null ? 0 : maxOpenCases.getValue(),
                    availability.value(), absences.value(), vogDate.getValue());
            service.update(accountId, input);
            Notification.show(getTranslation("advisors.saved"));
            saved.run();
        } catch (ProfileRefused refused) {
            if (!errors.show(refused, this)) {
                Notification.show(getTranslation("advisors.invalid." + refused.reason()));
            }
        }
    }

    static Set<String> areas(String typed) {
        return Arrays.stream(typed == null ? new String[0] : typed.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }
}
