package nl.tafelgenoot.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import nl.tafelgenoot.ui.clients.ClientsView;

/**
 * The root address sends each person to their start page. Until cases exist, the start page of
 * every staff role is the client list.
 */
@Route("")
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(ClientsView.class);
    }
}
