package nl.tafelgenoot.domain.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.privacy.RetentionPolicy;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.validation.PhoneNumbers;

/**
 * The admin's settings of their own organisation, the one they are working in: never another,
 * whatever is sent. Every field is checked before anything changes, and all that is wrong is
 * named at once; a change is recorded in the audit trail.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OrganisationSettingsService {

    static final int MAX_INTRO = 1000;
    static final int MAX_OFFICE = 200;
    /** A month to ten years: beyond that the VOG says little about today. */
    static final int MIN_VOG_MONTHS = 1;
    static final int MAX_VOG_MONTHS = 120;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public OrganisationSettings current() {
        return OrganisationSettings.of(own());
    }

    /** The organisation's slug, for the link to its booking page. */
    public String slug() {
        return own().getSlug();
    }

    public OrganisationSettings change(OrganisationSettings wanted) {
        Organisation organisation = own();
        check(wanted);
        organisation.changeBookingSettings(wanted.confirmation(), wanted.brandColour().strip(),
                blankToNull(wanted.bookingIntro()), blankToNull(wanted.officeAddress()), blankToNull(wanted.phone()));
        organisation.changeVogMaxAgeMonths(wanted.vogMaxAgeMonths());
        organisation.changeRetentionMonths(wanted.retentionMonths());
        audit.record(AuditAction.SETTINGS_CHANGED, null);
        return OrganisationSettings.of(organisation);
    }

    static void check(OrganisationSettings wanted) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (wanted.confirmation() == null) {
            wrong.put("confirmation", "required");
        }
        if (wanted.brandColour() == null || !COLOUR.matcher(wanted.brandColour().strip()).matches()) {
            wrong.put("brandColour", "colour");
        }
        if (wanted.bookingIntro() != null && wanted.bookingIntro().strip().length() > MAX_INTRO) {
            wrong.put("bookingIntro", "introTooLong");
        }
        if (wanted.officeAddress() != null && wanted.officeAddress().strip().length() > MAX_OFFICE) {
            wrong.put("officeAddress", "officeTooLong");
        }
        if (!PhoneNumbers.isValid(wanted.phone())) {
            wrong.put("phone", "phone");
        }
        if (wanted.vogMaxAgeMonths() < MIN_VOG_MONTHS || wanted.vogMaxAgeMonths() > MAX_VOG_MONTHS) {
            wrong.put("vogMaxAgeMonths", "vogRange");
        }
        if (wanted.retentionMonths() < RetentionPolicy.MIN_MONTHS || wanted.retentionMonths() > RetentionPolicy.MAX_MONTHS) {
            wrong.put("retentionMonths", "retentionRange");
        }
        if (!wrong.isEmpty()) {
            throw new SettingsRefused(wrong);
        }
    }

    private Organisation own() {
        user.require(Permission.ORGANISATION_MANAGE);
        return organisations.find(tenant.require().value()).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
