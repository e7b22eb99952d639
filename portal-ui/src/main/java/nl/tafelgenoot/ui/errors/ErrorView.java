package nl.tafelgenoot.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * Any unexpected failure while opening a screen: a plain apology in the user's language, never a
 * stack trace. The details go to the server log.
 */
@PublicView
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    public ErrorView() {
        H1 title = new H1(getTranslation("error.title"));
        title.setId("error");
        add(title, new Paragraph(getTranslation("error.text")), new Anchor("", getTranslation("notfound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.log(Level.SEVERE, "Failure while opening " + event.getLocation().getPath(), parameter.getException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " – " + getTranslation("app.name");
    }
}
