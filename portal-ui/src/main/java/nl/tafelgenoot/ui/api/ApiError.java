package nl.tafelgenoot.ui.api;

/** The body of every refusal of the public API: {@code {"error":"..."}}, a sentence for a person. */
public record ApiError(String error) {
}
