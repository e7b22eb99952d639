package nl.tafelgenoot.ui.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refusals by JAX-RS itself (an address that does not exist, a method other than GET) in the
 * API's JSON error shape instead of the server's HTML page, keeping their status and headers.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "deadlines.api.notFound";
            case 405 -> "deadlines.api.notAllowed";
            case 406 -> "deadlines.api.notAcceptable";
            default -> "deadlines.api.refused";
        };
        return Response.fromResponse(exception.getResponse())
                .entity(new ApiError(ApiLanguage.text(headers, key)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
