package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditEntry;
import nl.tafelgenoot.domain.shared.Clocks;

/** A client's audit trail: who looked at or changed what, and when (Amsterdam time). */
class ClientAuditPanel extends VerticalLayout {

    ClientAuditPanel(List<AuditEntry> entries) {
        setPadding(false);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.of(Clocks.AMSTERDAM.getId()));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("client-audit");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> times.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.bySystem() ? getTranslation("audit.system") : e.who()).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.what"));
        grid.setItems(entries);
        grid.setHeight("16em");
        add(new H3(getTranslation("audit.title")), grid);
    }
}
