package nl.tafelgenoot.ui.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A fault of ours: logged in full, answered with 500 and a plain sentence, never a stack trace. */
@Provider
public class UnexpectedErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException exception) {
        LOG.log(Level.SEVERE, "Public API request failed", exception);
        return Response.serverError()
                .entity(new ApiError(ApiLanguage.text(headers, "deadlines.api.failed")))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
