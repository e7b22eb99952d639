package nl.tafelgenoot.ui.organisations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.organisations.LetterheadService;
import nl.tafelgenoot.domain.organisations.LetterheadSettings;
import nl.tafelgenoot.domain.organisations.LogoImage;
import nl.tafelgenoot.domain.organisations.SettingsRefused;

/**
 * The part of the settings screen for the letterhead (name as printed, postal address, logo) and
 * the municipalities the organisation serves. Saved on its own, so a refusal here never loses what
 * was typed above; the logo is checked by its content on the server (PNG or JPEG, at most 500 kB).
 */
class LetterheadSection extends VerticalLayout {

    private final LetterheadService letterheads;
    private final TextField name = new TextField();
    private final TextArea address = new TextArea();
    private final Upload upload = new Upload();
    private final Image preview = new Image();
    private final Div logoError = new Div();
    private final Button removeLogo = new Button();
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    private byte[] logo;

    LetterheadSection(LetterheadService letterheads, List<Municipality> municipalities) {
        this.letterheads = letterheads;
        setPadding(false);
        name.setId("settings-letterhead-name");
        name.setLabel(getTranslation("settings.letterhead.name"));
        name.setHelperText(getTranslation("settings.letterhead.name.help"));
        name.setWidthFull();
        address.setId("settings-letterhead-address");
        address.setLabel(getTranslation("settings.letterhead.address"));
        address.setHelperText(getTranslation("settings.letterhead.address.help"));
        address.setWidthFull();

        upload.setId("settings-letterhead-logo");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            getUI().ifPresent(ui -> ui.access(() -> received(bytes)));
        }));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImage.MAX_BYTES);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("settings.letterhead.logo.upload")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("settings.letterhead.logo.drop")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(e -> showLogoError("settings.refused.logoTooLarge"));
        preview.setId("settings-letterhead-logo-preview");
        preview.setAlt(getTranslation("settings.letterhead.logo.alt"));
        preview.setMaxHeight("80px");
        preview.setMaxWidth("240px");
        logoError.setId("settings-letterhead-logo-error");
        logoError.getElement().setAttribute("role", "alert");
        logoError.getStyle().set("color", "var(--lumo-error-text-color)");
        removeLogo.setText(getTranslation("settings.letterhead.logo.remove"));
        removeLogo.setId("settings-letterhead-logo-remove");
        removeLogo.addClickListener(e -> {
            logo = null;
            showLogo();
        });

        Map<String, String> labels = new LinkedHashMap<>();
        municipalities.forEach(m -> labels.put(m.getName(), m.label()));
        regions.setId("settings-regions");
        regions.setLabel(getTranslation("settings.regions"));
        regions.setHelperText(getTranslation("settings.regions.help"));
        regions.setItems(labels.keySet());
        regions.setItemLabelGenerator(n -> labels.getOrDefault(n, n));
        regions.setWidthFull();

        Button save = new Button(getTranslation("settings.letterhead.save"), e -> save());
        save.setId("settings-letterhead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph logoLabel = new Paragraph(getTranslation("settings.letterhead.logo"));
        add(new H2(getTranslation("settings.letterhead")), new Paragraph(getTranslation("settings.letterhead.intro")),
                name, address, logoLabel, preview, removeLogo, upload, logoError,
                new H2(getTranslation("settings.regions.heading")), regions, save);
        show(letterheads.current());
    }

    private void received(byte[] bytes) {
        upload.clearFileList();
        Optional<String> type = LogoImage.typeOf(bytes);
        if (bytes.length > LogoImage.MAX_BYTES) {
            showLogoError("settings.refused.logoTooLarge");
        } else if (type.isEmpty()) {
            showLogoError("settings.refused.logoNotAnImage");
        } else {
            logo = bytes;
            logoError.setText("");
            showLogo();
        }
    }

    private void show(LetterheadSettings current) {
        name.setValue(current.printedName() == null ? "" : current.printedName());
        address.setValue(current.postalAddress() == null ? "" : current.postalAddress());
        logo = current.logo();
        regions.setValue(new java.util.LinkedHashSet<>(current.regions()));
        showLogo();
    }

    private void showLogo() {
        boolean has = logo != null;
        preview.setVisible(has);
        removeLogo.setVisible(has);
        if (has) {
            String type = LogoImage.typeOf(logo).orElse("png");
            preview.setSrc("data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(logo));
        }
    }

    private void showLogoError(String key) {
        logoError.setText(getTranslation(key));
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("printedName", name, "postalAddress", address, "regions", regions);
        fields.values().forEach(f -> f.setInvalid(false));
        logoError.setText("");
        try {
            show(letterheads.change(new LetterheadSettings(name.getValue(), address.getValue(), logo,
                    new ArrayList<>(regions.getValue()))));
            Notification.show(getTranslation("settings.letterhead.saved"));
        } catch (SettingsRefused refused) {
            refused.reasons().forEach((field, reason) -> {
                if ("logo".equals(field)) {
                    showLogoError("settings.refused." + reason);
                } else {
                    HasValidation shown = fields.get(field);
                    shown.setErrorMessage(getTranslation("settings.refused." + reason));
                    shown.setInvalid(true);
                }
            });
        }
    }
}
