package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import nl.tafelgenoot.domain.booking.Booked;

/**
 * What the member sees once the request is in: the reference, large, to quote on the phone; the
 * time or that we call back; whether a mail is on its way; the personal manage link written out,
 * so a member without e-mail can note it down; and the organisation's phone.
 */
class BookingConfirmation extends Div {

    BookingConfirmation() {
        setId("booking-done");
        setVisible(false);
    }

    void show(Booked booked, String slug, String phone) {
        removeAll();
        Paragraph referenceLabel = new Paragraph(getTranslation("booking.done.reference"));
        referenceLabel.getStyle().set("margin-bottom", "0");
        Paragraph reference = new Paragraph(booked.reference());
        reference.setId("booking-reference");
        reference.getStyle().set("font-size", "2.5rem").set("font-weight", "700").set("letter-spacing", "0.1em")
                .set("margin-top", "0");
        Paragraph when = new Paragraph(booked.callMeBack() ? getTranslation("booking.done.callBack")
                : SlotList.capitalised(SlotList.dayTime(this, booked.start())) + ", "
                + getTranslation("booking.mode." + booked.mode()).toLowerCase(getLocale()) + ".");
        when.setId("booking-time");
        when.getStyle().set("font-size", "1.5rem").set("font-weight", "600");
        Paragraph mailed = new Paragraph(getTranslation(booked.mailed() ? "booking.done.mailed" : "booking.done.notMailed"));
        mailed.setId("booking-mailed");
        add(referenceLabel, reference, when, mailed);
        if (booked.manageToken() != null) {
            String path = "boeken/" + slug + "/afspraak/" + booked.manageToken();
            Anchor link = new Anchor(path, base() + path);
            link.setId("booking-manage-link");
            link.getStyle().set("word-break", "break-all");
            add(new Paragraph(getTranslation("booking.done.link")), link);
        }
        Paragraph call = new Paragraph(getTranslation("booking.done.phone", phone));
        call.setId("booking-done-phone");
        add(call);
        setVisible(true);
    }

    /** The page's own address up to the application's root, so the link shown is the one to note down. */
    private static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean standard = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port) + http.getContextPath() + "/";
    }
}
