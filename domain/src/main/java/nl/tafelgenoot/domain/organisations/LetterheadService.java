package nl.tafelgenoot.domain.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The letterhead and the municipalities served of the organisation being worked in (never
 * another, whatever is sent): the admin reads and changes them ({@link Permission#ORGANISATION_MANAGE});
 * letters and plans print them ({@link #forPrinting()}, for anyone working in the organisation).
 * Every field is checked before anything changes and all that is wrong is named at once.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class LetterheadService {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_ADDRESS_LINES = 5;

    @Inject
    LetterheadRepository letterheads;

    @Inject
    Municipalities municipalities;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public LetterheadSettings current() {
        user.require(Permission.ORGANISATION_MANAGE);
        return stored().map(LetterheadSettings::of).orElseGet(LetterheadSettings::empty);
    }

    /** What letters and plans print; nothing set: empty fields, no logo. */
    public LetterheadSettings forPrinting() {
        return stored().map(LetterheadSettings::of).orElseGet(LetterheadSettings::empty);
    }

    public LetterheadSettings change(LetterheadSettings wanted) {
        user.require(Permission.ORGANISATION_MANAGE);
        String logoType = check(wanted, name -> municipalities.officialName(name).orElse(null));
        List<String> regions = wanted.regions().stream().map(name -> municipalities.officialName(name).orElseThrow())
                .distinct().toList();
        long organisation = tenant.require().value();
        OrganisationLetterhead letterhead = stored()
                .orElseGet(() -> letterheads.add(new OrganisationLetterhead(organisation)));
        letterhead.change(blankToNull(wanted.printedName()), blankToNull(wanted.postalAddress()), wanted.logo(), logoType,
                regions);
        audit.record(AuditAction.SETTINGS_CHANGED, null);
        return LetterheadSettings.of(letterhead);
    }

    /**
     * Refuses (all at once) a name or address too long, a logo that is not a readable PNG or JPEG
     * of at most 500 kB, or a municipality not on the list; returns the logo's type (null: none).
     *
     * @param officialName the official name of a current municipality, null for an unknown one
     */
    static String check(LetterheadSettings wanted, Function<String, String> officialName) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (wanted.printedName() != null && wanted.printedName().strip().length() > MAX_NAME) {
            wrong.put("printedName", "printedNameTooLong");
        }
        if (wanted.postalAddress() != null && (wanted.postalAddress().strip().length() > MAX_ADDRESS
                || wanted.addressLines().size() > MAX_ADDRESS_LINES)) {
            wrong.put("postalAddress", "postalAddressTooLong");
        }
        String logoType = null;
        if (wanted.logo() != null) {
            if (wanted.logo().length > LogoImage.MAX_BYTES) {
                wrong.put("logo", "logoTooLarge");
            } else {
                logoType = LogoImage.typeOf(wanted.logo()).orElse(null);
                if (logoType == null) {
                    wrong.put("logo", "logoNotAnImage");
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String region : wanted.regions()) {
            if (region == null || officialName.apply(region) == null) {
                unknown.add(region);
            }
        }
        if (!unknown.isEmpty()) {
            wrong.put("regions", "regionUnknown");
        }
        if (!wrong.isEmpty()) {
            throw new SettingsRefused(wrong);
        }
        return logoType;
    }

    private Optional<OrganisationLetterhead> stored() {
        return letterheads.find(tenant.require().value());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
