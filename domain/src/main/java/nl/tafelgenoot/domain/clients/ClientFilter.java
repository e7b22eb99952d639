package nl.tafelgenoot.domain.clients;

/**
 * What staff type in the search fields of the client list: part of a name and part of a
 * municipality, both case-insensitive; blank means "any".
 */
public record ClientFilter(String name, String municipality) {

    public static final ClientFilter ALL = new ClientFilter(null, null);

    public ClientFilter {
        name = blankToNull(name);
        municipality = blankToNull(municipality);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
