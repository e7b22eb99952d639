package nl.tafelgenoot.ui.mail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.tafelgenoot.domain.mail.MailSettings;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.RetryPolicy;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The organisation's outbox for its admins: every mail the portal sent or is to send, newest
 * first, paged in SQL, filtered by status; a row clicked shows its text. Without a mail server
 * the page says so, because then this page is where the mail is read.
 */
@Route(value = "beheer/uitgaande-mail", layout = MainLayout.class)
@RequiresPermission(Permission.MAIL_READ)
public class OutboxView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final Outbox outbox;
    private final Select<MailStatus> status = new Select<>();
    private final Span count = new Span();
    private final Grid<OutboxMail> grid = new Grid<>(OutboxMail.class, false);
    private final VerticalLayout detail = new VerticalLayout();

    @Inject
    public OutboxView(Outbox outbox, MailSettings settings) {
        this.outbox = outbox;
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("mail.intro"));
        Div server = new Div();
        if (settings.isConfigured()) {
            server.setId("outbox-server");
            server.setText(getTranslation("mail.server", RetryPolicy.MAX_ATTEMPTS));
        } else {
            server.setId("outbox-no-server");
            server.setText(getTranslation("mail.noServer"));
            server.getElement().setAttribute("role", "note");
            server.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-left", "4px solid var(--lumo-primary-color)")
                    .set("background", "var(--lumo-contrast-5pct)");
        }

        status.setId("outbox-status");
        status.setLabel(getTranslation("mail.status.label"));
        status.setItems(MailStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.status.all") : getTranslation("mailStatus." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.status.all"));
        status.addValueChangeListener(e -> refresh());

        count.setId("outbox-count");
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout(status, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        detail.setId("outbox-detail");
        detail.setPadding(false);
        detail.add(new Span(getTranslation("mail.detail.hint")));

        add(intro, server, toolbar, grid, detail);
        refresh();
    }

    private void configureGrid() {
        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> when(m.getQueuedAt())).setHeader(getTranslation("mail.column.queuedAt")).setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(m -> m.getRecipientName() == null ? m.getRecipientAddress() : m.getRecipientName())
                .setTooltipGenerator(OutboxView::recipient)
                .setHeader(getTranslation("mail.column.recipient")).setWidth("7em").setFlexGrow(1);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("mail.column.subject")).setWidth("9em")
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mailStatus." + m.getStatus().name()))
                .setHeader(getTranslation("mail.column.status")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(m -> m.getAttempts() == 0 ? "" : getTranslation("mail.attempts", m.getAttempts()))
                .setHeader(getTranslation("mail.column.attempts")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(m -> abbreviated(m.getLastError())).setTooltipGenerator(m -> m.getLastError())
                .setHeader(getTranslation("mail.column.lastError")).setWidth("8em").setFlexGrow(2);
        grid.addColumn(m -> when(m.getSentAt())).setHeader(getTranslation("mail.column.sentAt")).setWidth("8em")
                .setFlexGrow(0);
        grid.setMinHeight("18em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private void refresh() {
        MailStatus filter = status.getValue();
        grid.setItems(query -> outbox.list(filter, new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) outbox.count(filter));
        count.setText(getTranslation("mail.count", outbox.count(filter)));
    }

    private void show(OutboxMail mail) {
        detail.removeAll();
        if (mail == null) {
            detail.add(new Span(getTranslation("mail.detail.hint")));
            return;
        }
        H2 subject = new H2(mail.getSubject());
        subject.setId("outbox-subject");
        subject.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span to = new Span(getTranslation("mail.detail.to", recipient(mail)));
        to.setId("outbox-to");
        Span queued = new Span(getTranslation("mail.detail.queued", when(mail.getQueuedAt())));
        Div body = new Div();
        body.setId("outbox-body");
        body.setText(mail.bodyForReaders().orElseGet(() -> getTranslation("outbox.body.confidential")));
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "var(--lumo-font-family)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                .set("max-width", "45em");
        detail.add(subject, to, queued);
        if (mail.getLastError() != null) {
            Span error = new Span(getTranslation("mail.detail.error", mail.getAttempts(), mail.getLastError()));
            error.setId("outbox-error");
            detail.add(error);
        }
        detail.add(body);
    }

    /** An error as the grid shows it: its start; the whole line is in the tooltip and below the grid. */
    private static String abbreviated(String error) {
        if (error == null) {
            return "";
        }
        return error.length() <= 80 ? error : error.substring(0, 79) + "…";
    }

    private static String recipient(OutboxMail mail) {
        return mail.getRecipientName() == null ? mail.getRecipientAddress()
                : mail.getRecipientName() + " <" + mail.getRecipientAddress() + ">";
    }

    private static String when(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(Clocks.AMSTERDAM).format(at);
    }

    @Override
    public String viewTitle() {
        return getTranslation("mail.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
