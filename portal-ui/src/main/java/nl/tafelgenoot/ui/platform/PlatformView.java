package nl.tafelgenoot.ui.platform;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.offboarding.Offboarding;
import nl.tafelgenoot.domain.offboarding.OffboardingRefused;
import nl.tafelgenoot.domain.offboarding.OffboardingService;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.platform.NewOrganisation;
import nl.tafelgenoot.domain.platform.OrganisationLine;
import nl.tafelgenoot.domain.platform.PlatformRefused;
import nl.tafelgenoot.domain.platform.PlatformService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.people.InviteFields;
import nl.tafelgenoot.ui.security.NoTenantRequired;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The platform operator's screen: every organisation with its own details and counts (people,
 * open cases, stored documents), never a client; a new organisation with its first admin's
 * invitation; suspension and reactivation after a confirmation; offboarding ({@link OffboardDialog})
 * and where it stands. Operators work in no
 * organisation, hence {@link NoTenantRequired}; {@code platform:manage} is checked here and again
 * in {@link PlatformService}.
 */
@Route(value = "platform", layout = MainLayout.class)
@NoTenantRequired
@RequiresPermission(Permission.PLATFORM_MANAGE)
public class PlatformView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final PlatformService platform;
    private final OffboardingService offboarding;
    private final TextField name = field("org-name", "platform.field.name");
    private final Select<OrganisationKind> kind = new Select<>();
    private final TextField slug = field("org-slug", "platform.field.slug");
    private final EmailField contactEmail = new EmailField();
    private final TextField region = field("org-region", "platform.field.region");
    private final InviteFields admin = new InviteFields("org-admin", "platform.field.adminName",
            "platform.field.adminEmail").refusedAs("adminName", "adminEmail");
    private final Map<String, HasValidation> fields;
    private final Div list = new Div();

    @Inject
    public PlatformView(PlatformService platform, OffboardingService offboarding) {
        this.platform = platform;
        this.offboarding = offboarding;
        setMaxWidth("60rem");
        kind.setId("org-kind");
        kind.setLabel(getTranslation("platform.field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("platform.kind." + k.name()));
        kind.setWidthFull();
        // No required indicator: Vaadin's select puts aria-required on its button, which axe refuses;
        // a missing kind is still refused at the field.
        slug.setHelperText(getTranslation("platform.field.slug.help"));
        email(contactEmail, "org-contact", "platform.field.contactEmail");
        Map<String, HasValidation> all = new HashMap<>(admin.byRefusedField());
        all.putAll(Map.of("name", name, "kind", kind, "slug", slug, "contactEmail", contactEmail, "region", region));
        fields = Map.copyOf(all);
        Button create = new Button(getTranslation("platform.create"), e -> create());
        create.setId("org-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("organisations");
        list.setWidthFull();
        add(new Paragraph(getTranslation("platform.intro")), new H2(getTranslation("platform.list.title")), list,
                new H2(getTranslation("platform.new.title")), new Paragraph(getTranslation("platform.new.intro")),
                name, kind, slug, contactEmail, region, admin, create);
        showList();
    }

    private TextField field(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    private void email(EmailField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
    }

    private void create() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            platform.create(new NewOrganisation(name.getValue(), kind.getValue(), slug.getValue(),
                    contactEmail.getValue(), region.getValue(), admin.name(), admin.email()));
            Notification.show(getTranslation("platform.created", name.getValue().strip(), admin.email().strip()));
            name.clear();
            kind.clear();
            slug.clear();
            contactEmail.clear();
            region.clear();
            admin.clear();
            fields.values().forEach(f -> f.setInvalid(false));
            showList();
        } catch (PlatformRefused refused) {
            HasValidation field = fields.getOrDefault(refused.field(), name);
            field.setErrorMessage(getTranslation("platform.refused." + refused.key()));
            field.setInvalid(true);
        }
    }

    private void showList() {
        list.removeAll();
        List<OrganisationLine> lines = platform.organisations();
        if (lines.isEmpty()) {
            list.add(new Paragraph(getTranslation("platform.list.none")));
        }
        lines.forEach(line -> list.add(line(line)));
    }

    private Div line(OrganisationLine line) {
        String id = "org-" + line.slug();
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s) 0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        H3 title = new H3(line.name());
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation("platform.status." + line.status().name()));
        status.setId(id + "-status");
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Span counts = new Span(getTranslation("platform.counts", numbers.format(line.people()),
                numbers.format(line.openCases()), numbers.format(Math.round(line.storageBytes() / 1024.0))));
        counts.setId(id + "-counts");
        box.add(title, status,
                new Span(getTranslation("platform.details", line.slug(), getTranslation("platform.kind." + line.kind().name()),
                        text(line.region()), text(line.contactEmail()),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                                .format(line.createdAt().atZone(ZONE)))),
                counts);
        switch (line.status()) {
            case ACTIVE, SUSPENDED -> box.add(actions(line));
            case OFFBOARDING, OFFBOARDED -> offboarding.latestOf(line.id()).ifPresent(o -> box.add(leaving(line, o)));
        }
        return box;
    }

    /** Suspend or reactivate, and offboard. */
    private HorizontalLayout actions(OrganisationLine line) {
        boolean active = line.status() == OrganisationStatus.ACTIVE;
        String action = active ? "suspend" : "reactivate";
        Button change = new Button(getTranslation("platform." + action), e -> confirm(line, active));
        change.setId(action + "-" + line.slug());
        Button offboard = new Button(getTranslation("offboarding.start"),
                e -> new OffboardDialog(offboarding, line, this::showList).open());
        offboard.setId("offboard-" + line.slug());
        offboard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(change, offboard);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    /** Where the leaving stands: when the data goes (or went), how often the export was fetched. */
    private Div leaving(OrganisationLine line, Offboarding record) {
        Div state = new Div();
        state.setId("org-" + line.slug() + "-offboarding");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        if (record.getPurgedAt() != null) {
            state.add(new Paragraph(getTranslation("offboarding.state.purged", day.format(record.getPurgedAt().atZone(ZONE)),
                    NumberFormat.getIntegerInstance(getLocale()).format(record.getRowsDeleted()), record.downloads())));
            return state;
        }
        state.add(new Paragraph(getTranslation("offboarding.state.waiting",
                day.format(record.getRequestedAt().atZone(ZONE)), day.format(record.getPurgeAfter().atZone(ZONE)),
                record.getLinks().size(), record.downloads())));
        Button cancel = new Button(getTranslation("offboarding.cancel"), e -> confirmCancel(line));
        cancel.setId("offboard-cancel-" + line.slug());
        state.add(cancel);
        return state;
    }

    private void confirmCancel(OrganisationLine line) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("offboarding.cancel.title", line.name()),
                getTranslation("offboarding.cancel.text", line.name()), getTranslation("offboarding.cancel"), e -> {
                    try {
                        offboarding.cancel(line.id());
                        Notification.show(getTranslation("offboarding.cancel.done", line.name()));
                    } catch (OffboardingRefused | NotFoundException gone) {
                        Notification.show(getTranslation("platform.gone"));
                    }
                    showList();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("platform.cancel"));
        dialog.open();
    }

    private void confirm(OrganisationLine line, boolean suspend) {
        String action = suspend ? "suspend" : "reactivate";
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("platform." + action + ".title", line.name()),
                getTranslation("platform." + action + ".text", line.name()), getTranslation("platform." + action),
                e -> {
                    try {
                        if (suspend) {
                            platform.suspend(line.id());
                        } else {
                            platform.reactivate(line.id());
                        }
                        Notification.show(getTranslation("platform." + action + ".done", line.name()));
                    } catch (NotFoundException | PlatformRefused gone) {
                        Notification.show(getTranslation("platform.gone"));
                    }
                    showList();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("platform.cancel"));
        dialog.open();
    }

    private String text(String value) {
        return value == null || value.isBlank() ? getTranslation("platform.unknown") : value;
    }

    @Override
    public String viewTitle() {
        return getTranslation("platform.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
