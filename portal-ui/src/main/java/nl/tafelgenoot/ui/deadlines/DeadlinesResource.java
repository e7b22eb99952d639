package nl.tafelgenoot.ui.deadlines;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.deadlines.CalculatorRule;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DeadlineCalculator;
import nl.tafelgenoot.ui.api.ApiError;
import nl.tafelgenoot.ui.api.ApiLanguage;

/**
 * {@code GET /api/deadlines/{rule}?from=YYYY-MM-DD[&committee=true][&extended=true]}: one legal
 * date for anyone, with the stored calendar (decrees of designated days included), so it always
 * agrees with the case screens and the public page.
 *
 * <p>Refusals are 400 with {@code {"error":"..."}} in Dutch (English when the caller's
 * Accept-Language puts English first): an unknown rule, {@code from} missing or not an existing
 * date written YYYY-MM-DD, a date before 2014 or after 2100, {@code committee}/{@code extended}
 * other than {@code true} or {@code false}, or set to {@code true} for any rule but A5 (refused
 * rather than ignored, so a caller never believes an option counted when it did not). The rule id
 * is read ignoring case and answered as DOMAIN.md writes it.
 */
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeadlinesResource {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    Calendars calendars;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{rule}")
    public Response compute(@PathParam("rule") String ruleId, @QueryParam("from") String from,
                            @QueryParam("committee") String committee, @QueryParam("extended") String extended) {
        Optional<CalculatorRule> rule = CalculatorRule.byId(ruleId);
        if (rule.isEmpty()) {
            return refuse("deadlines.api.unknownRule", knownRules());
        }
        if (from == null || from.isBlank()) {
            return refuse("deadlines.api.missingFrom");
        }
        Optional<LocalDate> date = parseDate(from);
        if (date.isEmpty()) {
            return refuse("deadlines.api.malformedFrom");
        }
        Optional<Boolean> withCommittee = parseFlag(committee);
        if (withCommittee.isEmpty()) {
            return refuse("deadlines.api.malformedOption", "committee");
        }
        Optional<Boolean> isExtended = parseFlag(extended);
        if (isExtended.isEmpty()) {
            return refuse("deadlines.api.malformedOption", "extended");
        }
        try {
            ComputedDate computed = new DeadlineCalculator(calendars.current())
                    .compute(rule.get(), date.get(), withCommittee.get(), isExtended.get());
            return Response.ok(DeadlineAnswer.of(date.get(), computed)).build();
        } catch (DeadlineCalculator.Refused refused) {
            return switch (refused.reason()) {
                case UNKNOWN_RULE -> refuse("deadlines.api.unknownRule", knownRules());
                case OPTION_NOT_TAKEN -> refuse("deadlines.api.optionNotTaken");
                case DATE_OUT_OF_RANGE -> refuse("deadlines.api.dateOutOfRange");
            };
        }
    }

    private Response refuse(String key, Object... params) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ApiError(ApiLanguage.text(headers, key, params)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static String knownRules() {
        return Arrays.stream(CalculatorRule.values()).map(CalculatorRule::id).collect(Collectors.joining(", "));
    }

    /** An existing date written exactly YYYY-MM-DD (no sign, no longer year, no 30 February). */
    static Optional<LocalDate> parseDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Absent is false; otherwise exactly "true" or "false". */
    static Optional<Boolean> parseFlag(String text) {
        if (text == null) {
            return Optional.of(false);
        }
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
