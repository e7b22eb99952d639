package nl.tafelgenoot.ui.privacy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.privacy.PrivacyService;

/**
 * The client page's privacy section, for coordinators and admins only: the export of everything
 * stored about the client as a ZIP (PDF to read, JSON for another program, the documents), and the
 * erasure, which asks to retype the client's full name first. Both go through {@link PrivacyService},
 * which checks the permission and the organisation again and writes the audit trail.
 */
public class PrivacySection extends Section {

    public PrivacySection(PrivacyService privacy, Client client, Runnable erased) {
        setId("privacy-section");
        H3 title = new H3(getTranslation("privacy.title"));
        title.setId("privacy-title");
        getElement().setAttribute("aria-labelledby", "privacy-title");
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        String publicId = client.getPublicId();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ClientDossier dossier = privacy.export(publicId);
            byte[] zip = DossierZip.write(dossier, texts);
            return new DownloadResponse(new ByteArrayInputStream(zip), DossierZip.fileName(dossier), "application/zip",
                    zip.length);
        }), getTranslation("privacy.export"));
        export.setTarget(AnchorTarget.BLANK);
        export.getElement().setAttribute("download", true);
        export.setId("privacy-export");
        Button erase = new Button(getTranslation("privacy.erase"), VaadinIcon.TRASH.create(),
                e -> new EraseDialog(privacy, client, erased).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("privacy-erase");
        HorizontalLayout actions = new HorizontalLayout(export, erase);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        add(title, new Paragraph(getTranslation("privacy.intro")), actions);
    }
}
