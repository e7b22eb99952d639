package nl.tafelgenoot.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.tafelgenoot.ui.security.ActiveSessions;
import nl.tafelgenoot.ui.security.ActiveSessions.SessionInfo;
import nl.tafelgenoot.ui.security.ShiroCurrentUser;

/**
 * Where the person is logged in: each session with browser, address, start and last activity;
 * this one marked, the others can be ended one by one or all at once.
 */
class SessionsSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private final ActiveSessions sessions;
    private final long me = ShiroCurrentUser.principal().accountId();
    private final UnorderedList list = new UnorderedList();
    private final Button endOthers = new Button(getTranslation("sessions.endOthers"), e -> endOthers());

    SessionsSection(ActiveSessions sessions) {
        this.sessions = sessions;
        setPadding(false);
        list.setId("sessions");
        endOthers.setId("sessions-end-others");
        add(new H2(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), list, endOthers);
        refresh();
    }

    static HttpSession currentSession() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : request.getHttpServletRequest().getSession(false);
    }

    void refresh() {
        list.removeAll();
        List<SessionInfo> mine = sessions.of(me, currentSession());
        int number = 0;
        for (SessionInfo session : mine) {
            number++;
            Div line = new Div(new Span(getTranslation("sessions.line", session.browser(), session.address(),
                    WHEN.format(session.started()), WHEN.format(session.lastSeen()))));
            if (session.current()) {
                Span current = new Span(" " + getTranslation("sessions.current"));
                current.getStyle().set("font-weight", "600");
                line.add(current);
            } else {
                Button end = new Button(getTranslation("sessions.end"), e -> {
                    sessions.end(me, session.key());
                    refresh();
                });
                end.setId("session-end-" + number);
                end.getElement().setAttribute("aria-label", getTranslation("sessions.end.label", session.browser(),
                        WHEN.format(session.lastSeen())));
                line.add(end);
            }
            ListItem item = new ListItem(line);
            item.setId("session-" + number);
            list.add(item);
        }
        endOthers.setVisible(mine.size() > 1);
    }

    private void endOthers() {
        sessions.endOthers(me, currentSession());
        refresh();
    }
}
