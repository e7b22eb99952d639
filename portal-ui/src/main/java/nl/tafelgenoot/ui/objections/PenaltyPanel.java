package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import nl.tafelgenoot.domain.deadlines.PenaltyForLateDecision;
import nl.tafelgenoot.domain.objections.PenaltyStatus;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * What a notice of default has brought so far (A7, A8): from when the penalty runs, how much
 * it is up to which day, when the maximum is reached, and from when the client may appeal
 * against the silence. The amounts are the law's, in whole euros.
 */
class PenaltyPanel extends VerticalLayout {

    PenaltyPanel(String id, String title, PenaltyStatus penalty) {
        setId(id);
        setPadding(true);
        getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)");
        DateTimeFormatter dates = DatePickers.format();
        NumberFormat euros = NumberFormat.getCurrencyInstance(getLocale());
        euros.setMaximumFractionDigits(0);
        Paragraph accrued = new Paragraph(getTranslation(penalty.decided() ? "penalty.accrued.decided" : "penalty.accrued",
                euros.format(penalty.accruedEuros()), dates.format(penalty.countedUntil())));
        accrued.setId(id + "-accrued");
        add(new H4(title),
                new Paragraph(getTranslation("penalty.from", dates.format(penalty.firstDay().date()))),
                accrued,
                new Paragraph(getTranslation("penalty.maximum", euros.format(PenaltyForLateDecision.MAXIMUM_EUROS),
                        dates.format(penalty.maximumReached().date()))),
                new Paragraph(getTranslation("penalty.appeal", dates.format(penalty.appealAgainstSilenceFrom().date()))));
    }
}
