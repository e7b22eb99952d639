package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.format.DateTimeFormatter;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.cases.AssignmentHistory;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.layout.DatePickers;
import org.apache.shiro.SecurityUtils;

/**
 * Who worked on the case and when, ended assignments included: reassigning keeps the history.
 * A coordinator can take an advisor off the case here (the assignment ends, it is not deleted).
 */
class AssignmentHistoryList extends Details {

    AssignmentHistoryList(CaseService cases, SupportCase supportCase, Runnable changed) {
        setSummaryText(getTranslation("case.history.title"));
        setId("case-history");
        DateTimeFormatter dates = DatePickers.format();
        UnorderedList list = new UnorderedList();
        for (AssignmentHistory h : cases.assignmentHistory(supportCase)) {
            String from = dates.format(h.from().atZone(Clocks.AMSTERDAM));
            list.add(new ListItem(new Span(h.until() == null ? getTranslation("case.history.open", h.advisorName(), from)
                    : getTranslation("case.history.ended", h.advisorName(), from, dates.format(h.until().atZone(Clocks.AMSTERDAM))))));
        }
        add(list);
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_ASSIGN)) {
            for (Account advisor : cases.advisorsOf(supportCase)) {
                Button release = new Button(getTranslation("case.release") + ": " + advisor.getDisplayName(), e -> {
                    cases.release(supportCase.getPublicId(), advisor.getId());
                    Notification.show(getTranslation("case.released", advisor.getDisplayName()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    changed.run();
                });
                release.setId("release-" + advisor.getId());
                release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add(release);
            }
        }
    }
}
