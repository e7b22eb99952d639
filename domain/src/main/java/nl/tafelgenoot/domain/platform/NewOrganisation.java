package nl.tafelgenoot.domain.platform;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.organisations.OrganisationKind;

/**
 * What the platform operator fills in to create an organisation: its name, kind, the slug of its
 * booking page, whom to contact, its region, and the first admin to invite. {@link #cleaned()}
 * checks every field and names the first wrong one.
 */
public record NewOrganisation(String name, OrganisationKind kind, String slug, String contactEmail, String region,
                              String adminName, String adminEmail) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The same, stripped (e-mail addresses lower-case), when every field is valid.
     *
     * @throws PlatformRefused naming the field and the reason
     */
    public NewOrganisation cleaned() {
        String cleanName = strip(name);
        String cleanSlug = strip(slug);
        String cleanContact = strip(contactEmail).toLowerCase(Locale.ROOT);
        String cleanRegion = strip(region);
        String cleanAdminName = strip(adminName);
        String cleanAdminEmail = strip(adminEmail).toLowerCase(Locale.ROOT);
        text(cleanName, 200, "name");
        if (kind == null) {
            throw new PlatformRefused("kindRequired", "kind");
        }
        if (cleanSlug.isEmpty()) {
            throw new PlatformRefused("slugRequired", "slug");
        }
        if (cleanSlug.length() > 60 || !SLUG.matcher(cleanSlug).matches()) {
            throw new PlatformRefused("slugInvalid", "slug");
        }
        email(cleanContact, "contactEmail");
        text(cleanRegion, 100, "region");
        text(cleanAdminName, 200, "adminName");
        email(cleanAdminEmail, "adminEmail");
        return new NewOrganisation(cleanName, kind, cleanSlug, cleanContact, cleanRegion, cleanAdminName,
                cleanAdminEmail);
    }

    private static void text(String value, int max, String field) {
        if (value.isEmpty()) {
            throw new PlatformRefused(field + "Required", field);
        }
        if (value.length() > max) {
            throw new PlatformRefused(field + "TooLong", field);
        }
    }

    private static void email(String value, String field) {
        if (value.isEmpty()) {
            throw new PlatformRefused(field + "Required", field);
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new PlatformRefused(field + "Invalid", field);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
