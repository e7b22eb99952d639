package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.intake.IntakeService;

/**
 * Bulk handover when an advisor leaves: every open case to one other advisor, or back to the
 * intake queue to be given out one by one. Asks for confirmation; the cases keep their history.
 */
public class HandoverPanel extends VerticalLayout {

    public HandoverPanel(IntakeService intake, AdvisorOverview leaving, List<AdvisorOverview> others, Runnable done) {
        setPadding(false);
        setId("handover");
        add(new H3(getTranslation("advisors.handover.title", leaving.name())),
                new Paragraph(getTranslation("advisors.handover.intro", leaving.name(), leaving.openCases())));
        Select<AdvisorOverview> to = new Select<>();
        to.setId("handover-to");
        to.setLabel(getTranslation("advisors.handover.to"));
        to.setItems(others.stream().filter(a -> a.accountId() != leaving.accountId()).toList());
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption(getTranslation("advisors.handover.queue"));
        to.setItemLabelGenerator(a -> a == null ? getTranslation("advisors.handover.queue") : a.name());
        Button handOver = new Button(getTranslation("advisors.handover"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("advisors.handover.title", leaving.name()));
            confirm.setText(to.getValue() == null ? getTranslation("advisors.handover.queue") : to.getValue().name());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmText(getTranslation("advisors.handover.confirm"));
            confirm.addConfirmListener(c -> Refusals.at(null, this, () -> {
                int moved = intake.handOver(leaving.accountId(), to.getValue() == null ? null : to.getValue().accountId());
                Notification.show(getTranslation("advisors.handover.done", moved))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            }));
            confirm.open();
        });
        handOver.setId("handover-confirm");
        add(to, handOver);
    }
}
