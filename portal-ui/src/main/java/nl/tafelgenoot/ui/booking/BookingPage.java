package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.ui.layout.Contrast;

/**
 * The frame of an organisation's public pages, without the portal's menu: a header in the
 * organisation's colour with its name (white or black text, whichever contrasts more), one main
 * landmark with large text, and the organisation's phone number at the bottom. Nothing else of
 * the organisation is shown here; members of the public are not logged in.
 */
abstract class BookingPage extends Div implements HasDynamicTitle {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String FALLBACK_COLOUR = "#1f4e79";

    protected final Main main = new Main();
    private final Header header = new Header();
    private final Paragraph footer = new Paragraph();
    protected Organisation organisation;

    protected BookingPage() {
        setWidthFull();
        getStyle().set("font-size", "1.25rem").set("line-height", "1.6")
                .set("--lumo-font-size-m", "1.25rem").set("--lumo-font-size-s", "1.125rem")
                .set("--lumo-font-size-xs", "1.0625rem").set("--lumo-font-size-l", "1.5rem");
        header.setId("booking-header");
        header.getStyle().set("padding", "1rem 1.5rem").set("font-size", "1.5rem").set("font-weight", "700");
        main.setId("booking-main");
        main.getElement().setAttribute("role", "main");
        main.getStyle().set("max-width", "44rem").set("margin", "0 auto").set("padding", "1rem 1.5rem 3rem")
                .set("box-sizing", "border-box");
        footer.setId("booking-call-us");
        add(header, main);
    }

    /** Shows the organisation's name in its colour; the page's language follows the browser. */
    protected void brand(Organisation organisation) {
        this.organisation = organisation;
        header.removeAll();
        header.add(new Span(organisation.getName()));
        String colour = colour(organisation.getBrandColour());
        header.getStyle().set("background", colour).set("color", Contrast.textOn(colour));
        footer.setText(getTranslation("booking.callUs", phone()));
    }

    /** The line with the organisation's phone number, to add where the page ends. */
    protected Component callUs() {
        return footer;
    }

    protected String phone() {
        return organisation == null || organisation.getPhone() == null ? "" : organisation.getPhone();
    }

    /** The member's address, for the rate limits of the public desk. */
    protected static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    static String colour(String configured) {
        return configured != null && HEX_COLOUR.matcher(configured).matches() ? configured : FALLBACK_COLOUR;
    }
}
