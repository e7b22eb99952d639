package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import nl.tafelgenoot.domain.booking.Appointment;

/**
 * The appointments booked with an intake request, on the request's page: when, with whom and
 * whether they still stand, so the coordinator sees what the member moved or cancelled (and who
 * did) without opening the agenda.
 */
public class IntakeAppointments extends VerticalLayout {

    /**
     * @param appointments the request's appointments
     * @param advisorName  the name of an advisor by account id
     */
    public IntakeAppointments(List<Appointment> appointments, LongFunction<String> advisorName) {
        setPadding(false);
        setId("intake-appointments");
        add(new H3(getTranslation("intake.appointments.title")));
        UnorderedList list = new UnorderedList();
        appointments.stream().sorted(Comparator.comparing(Appointment::getStartsAt)).forEach(a -> {
            String when = AgendaTexts.moment(a.getStartsAt(), getLocale()) + "–" + AgendaTexts.time(a.getEndsAt());
            Span what = new Span(getTranslation("intake.appointments.line", when,
                    getTranslation("agenda.mode." + a.getMode()), advisorName.apply(a.getAdvisorAccountId())));
            if (!a.isBooked()) {
                what.getStyle().set("text-decoration", "line-through");
            }
            Span status = new Span(status(a));
            status.getElement().getThemeList().add(a.isBooked() ? "badge" : "badge contrast");
            ListItem item = new ListItem(what, new Span(" "), status);
            item.setId("intake-appointment-" + a.getPublicId());
            list.add(item);
        });
        add(list);
    }

    private String status(Appointment a) {
        String status = getTranslation("agenda.status." + a.getStatus());
        if (!a.isBooked() && a.getCancelledBy() != null) {
            status = getTranslation("intake.appointments.cancelledBy", getTranslation("agenda.changedBy." + a.getCancelledBy()));
        }
        int moves = a.isBooked() ? a.getSequence() : a.getSequence() - 1;
        if (moves > 0) {
            status += ", " + getTranslation("intake.appointments.movedTimes", moves);
        }
        return status;
    }
}
