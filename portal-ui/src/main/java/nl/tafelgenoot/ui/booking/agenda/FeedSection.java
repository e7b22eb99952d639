package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import nl.tafelgenoot.domain.booking.AppointmentService;

/**
 * An advisor's private calendar link: the address their calendar app subscribes to (served by
 * {@link AgendaFeedServlet}), how to add it, and a way to make a new one when the old one may have
 * leaked — the old one then stops working at once. The address is built from the request the page
 * came with, so it is the host the advisor actually uses.
 */
class FeedSection extends Section {

    private final AppointmentService appointments;
    private final String organisationSlug;
    private final String base;
    private final TextField url = new TextField();

    FeedSection(AppointmentService appointments, String organisationSlug) {
        this.appointments = appointments;
        this.organisationSlug = organisationSlug;
        this.base = base(VaadinServletRequest.getCurrent().getHttpServletRequest());
        setId("agenda-feed");
        getStyle().set("max-width", "50em").set("margin-top", "var(--lumo-space-l)");
        H2 title = new H2(getTranslation("agenda.feed.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");
        url.setId("feed-url");
        url.setLabel(getTranslation("agenda.feed.url"));
        url.setHelperText(getTranslation("agenda.feed.copy"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.addFocusListener(e -> url.getElement().executeJs("this.inputElement.select()"));
        show(appointments.ownFeedToken());
        Button reset = new Button(getTranslation("agenda.feed.reset"), e -> confirmReset());
        reset.setId("feed-reset");
        add(title, new Paragraph(getTranslation("agenda.feed.explain")), url,
                new Paragraph(getTranslation("agenda.feed.secret")), reset);
    }

    private void confirmReset() {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("confirm-feed-reset");
        ask.setHeader(getTranslation("agenda.feed.reset.title"));
        ask.setText(getTranslation("agenda.feed.reset.text"));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("agenda.feed.reset.keep"));
        ask.setConfirmText(getTranslation("agenda.feed.reset.confirm"));
        ask.addConfirmListener(e -> {
            show(appointments.resetOwnFeedToken());
            AgendaMessages.success(getTranslation("agenda.feed.reset.done"));
        });
        ask.open();
    }

    private void show(String token) {
        url.setValue(AgendaFeedServlet.address(base, organisationSlug, token));
    }

    /** "https://host[:port]/context" of this request; the port only when it is not the scheme's own. */
    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean ownPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + request.getServerName() + (ownPort ? "" : ":" + port) + request.getContextPath();
    }
}
