package nl.tafelgenoot.ui.organisations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.organisations.BookingConfirmation;
import nl.tafelgenoot.domain.organisations.LetterheadService;
import nl.tafelgenoot.domain.organisations.OrganisationSettings;
import nl.tafelgenoot.domain.organisations.OrganisationSettingsService;
import nl.tafelgenoot.domain.organisations.SettingsRefused;
import nl.tafelgenoot.domain.privacy.RetentionJob;
import nl.tafelgenoot.ui.privacy.RetentionLogSection;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.Contrast;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The admin keeps their organisation's settings: whether online bookings wait for the coordinator
 * or go to the advisor directly, the booking page's colour, welcome text, office and phone, and
 * the VOG limit. A refusal marks every wrong field at once and keeps what was typed.
 */
@Route(value = "beheer/instellingen", layout = MainLayout.class)
@RequiresPermission(Permission.ORGANISATION_MANAGE)
public class SettingsView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private final OrganisationSettingsService settings;
    private final RadioButtonGroup<BookingConfirmation> confirmation = new RadioButtonGroup<>();
    private final TextField colour = new TextField();
    private final Span preview = new Span();
    private final TextArea intro = new TextArea();
    private final TextField office = new TextField();
    private final TextField phone = new TextField();
    private final IntegerField vog = new IntegerField();
    private final IntegerField retention = new IntegerField();
    private final Map<String, HasValidation> fields = Map.of("confirmation", confirmation, "brandColour", colour,
            "bookingIntro", intro, "officeAddress", office, "phone", phone, "vogMaxAgeMonths", vog,
            "retentionMonths", retention);

    @Inject
    public SettingsView(OrganisationSettingsService settings, RetentionJob retentionJob, LetterheadService letterheads,
                        Municipalities municipalities) {
        this.settings = settings;
        confirmation.setId("settings-confirmation");
        confirmation.setLabel(getTranslation("settings.confirmation"));
        confirmation.setItems(BookingConfirmation.values());
        confirmation.setItemLabelGenerator(c -> getTranslation("settings.confirmation." + c.name()));
        colour.setId("settings-colour");
        colour.setLabel(getTranslation("settings.colour"));
        colour.setHelperText(getTranslation("settings.colour.help"));
        colour.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        colour.addValueChangeListener(e -> showPreview());
        preview.setId("settings-colour-preview");
        preview.setText(getTranslation("settings.colour.preview"));
        preview.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "4px");
        colour.setWidth("22rem");
        intro.setId("settings-intro");
        intro.setLabel(getTranslation("settings.intro"));
        intro.setHelperText(getTranslation("settings.intro.help"));
        intro.setWidthFull();
        office.setId("settings-office");
        office.setLabel(getTranslation("settings.office"));
        office.setWidthFull();
        phone.setId("settings-phone");
        phone.setLabel(getTranslation("settings.phone"));
        vog.setId("settings-vog");
        vog.setLabel(getTranslation("settings.vog"));
        vog.setHelperText(getTranslation("settings.vog.help"));
        retention.setId("settings-retention");
        retention.setLabel(getTranslation("privacy.settings.retention"));
        retention.setHelperText(getTranslation("privacy.settings.retention.help"));
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor page = new Anchor("boeken/" + settings.slug(), getTranslation("settings.bookingPage"));
        page.setId("settings-booking-page");
        page.setTarget(AnchorTarget.BLANK);
        HorizontalLayout colourRow = new HorizontalLayout(colour, preview);
        colourRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        colourRow.setWrap(true);
        setMaxWidth("48rem");
        add(new H2(getTranslation("settings.booking")), new Paragraph(getTranslation("settings.booking.intro")), page,
                confirmation, colourRow, intro, office, phone, new H2(getTranslation("settings.advisors")), vog,
                new H2(getTranslation("privacy.settings.heading")), retention, save,
                new LetterheadSection(letterheads, municipalities.current()),
                new RetentionLogSection(retentionJob.log()));
        show(settings.current());
    }

    private void show(OrganisationSettings current) {
        confirmation.setValue(current.confirmation());
        colour.setValue(current.brandColour());
        intro.setValue(current.bookingIntro() == null ? "" : current.bookingIntro());
        office.setValue(current.officeAddress() == null ? "" : current.officeAddress());
        phone.setValue(current.phone() == null ? "" : current.phone());
        vog.setValue(current.vogMaxAgeMonths());
        retention.setValue(current.retentionMonths());
        showPreview();
    }

    private void showPreview() {
        String typed = colour.getValue().strip();
        boolean valid = COLOUR.matcher(typed).matches();
        preview.setVisible(valid);
        if (valid) {
            preview.getStyle().set("background-color", typed).set("color", Contrast.textOn(typed));
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> unreadable = new java.util.LinkedHashMap<>();
        if (vog.isInvalid() || vog.getValue() == null) {
            unreadable.put("vogMaxAgeMonths", "vogRange");
        }
        if (retention.isInvalid() || retention.getValue() == null) {
            unreadable.put("retentionMonths", "retentionRange");
        }
        if (!unreadable.isEmpty()) {
            mark(unreadable);
            return;
        }
        try {
            show(settings.change(new OrganisationSettings(confirmation.getValue(), colour.getValue(), intro.getValue(),
                    office.getValue(), phone.getValue(), vog.getValue(), retention.getValue())));
            Notification.show(getTranslation("settings.saved"));
        } catch (SettingsRefused refused) {
            mark(refused.reasons());
        }
    }

    private void mark(Map<String, String> reasons) {
        reasons.forEach((field, reason) -> {
            HasValidation shown = fields.get(field);
            shown.setErrorMessage(getTranslation(("retentionRange".equals(reason) ? "privacy.settings.refused." : "settings.refused.")
                    + reason));
            shown.setInvalid(true);
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("settings.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
