package nl.tafelgenoot.ui.offboarding;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import nl.tafelgenoot.domain.offboarding.OffboardingService;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * The page behind the export link a leaving organisation's admins got by mail: whose data, what the
 * ZIP holds, until when the link works, and the download. Nobody of a leaving organisation can log
 * in, so the link is the key; every link that does not work (wrong, called off, expired, deleted)
 * shows the same page, which tells nothing about other organisations.
 */
@Route("opzegging/:token")
@PublicView
public class OffboardingExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final OffboardingService offboarding;

    @Inject
    public OffboardingExportView(OffboardingService offboarding) {
        this.offboarding = offboarding;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<OffboardingService.ExportTicket> ticket = offboarding.ticket(token);
        ticket.ifPresentOrElse(t -> showDownload(token, t), this::showInvalid);
    }

    private void showDownload(String token, OffboardingService.ExportTicket ticket) {
        H1 title = new H1(getTranslation("offboarding.export.title", ticket.organisationName()));
        title.setId("export-title");
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(ticket.purgeAfter().atZone(ZONE));
        UnorderedList contents = new UnorderedList(new ListItem(getTranslation("offboarding.export.clients")),
                new ListItem(getTranslation("offboarding.export.rows")),
                new ListItem(getTranslation("offboarding.export.organisation")));
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        String fileName = "tafelgenoot-export-" + LocalDate.now(ZONE) + ".zip";
        Anchor download = new Anchor(download(token, fileName, texts), getTranslation("offboarding.export.download"));
        download.getElement().setAttribute("download", true);
        download.setId("export-download");
        download.getElement().getThemeList().add("primary");
        download.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Paragraph warning = new Paragraph(getTranslation("offboarding.export.warning", until));
        warning.setId("export-until");
        add(title, new Paragraph(getTranslation("offboarding.export.intro")), contents, download, warning);
    }

    private DownloadHandler download(String token, String fileName, I18NProvider texts) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("application/zip");
            OrganisationZip zip = new OrganisationZip(event.getOutputStream(), texts);
            if (!offboarding.export(token, zip)) {
                event.getResponse().setStatus(410);
                return;
            }
            zip.finish();
        };
    }

    private void showInvalid() {
        H1 title = new H1(getTranslation("offboarding.export.invalid.title"));
        title.setId("export-invalid");
        add(title, new Paragraph(getTranslation("offboarding.export.invalid.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offboarding.export.pageTitle") + " – " + getTranslation("app.name");
    }
}
