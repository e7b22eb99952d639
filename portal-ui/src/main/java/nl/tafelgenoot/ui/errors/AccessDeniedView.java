package nl.tafelgenoot.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.ui.security.PublicView;

/** A service refused for lack of permission: shown exactly like a record that does not exist. */
@PublicView
public class AccessDeniedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
