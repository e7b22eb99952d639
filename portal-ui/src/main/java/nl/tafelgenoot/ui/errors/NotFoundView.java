package nl.tafelgenoot.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import nl.tafelgenoot.ui.security.PublicView;

/** An unknown address, or a record that is not there for this person: see {@link NotFoundPage}. */
@PublicView
public class NotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
