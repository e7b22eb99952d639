package nl.tafelgenoot.domain.advisors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * Advisor profiles of the organisation and the proposals for a request. Coordinators
 * ({@code case:assign}) read and keep every advisor's profile and ask for proposals; an advisor
 * ({@code profile:own}) reads their own profile and keeps only its languages, availability and
 * absences. An advisor without a profile gets an empty one the first time it is read. Changes are
 * written to the audit trail without a client (a profile concerns none).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AdvisorProfileService {

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SupportCaseRepository cases;

    @Inject
    Municipalities municipalities;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every advisor of the organisation with profile and open cases, sorted by name (coordinators). */
    public List<AdvisorOverview> advisors() {
        user.require(Permission.CASE_ASSIGN);
        Map<Long, AdvisorProfile> byAccount = profiles.all().stream()
                .collect(Collectors.toMap(AdvisorProfile::getAccountId, Function.identity()));
        Map<Long, Integer> open = cases.openCasesPerAdvisor();
        LocalDate today = LocalDate.now(clock);
        int months = vogMaxAgeMonths();
        return advisorAccounts().stream().map(account -> {
            AdvisorProfile profile = byAccount.get(account.getId());
            if (profile == null) {
                profile = profiles.add(new AdvisorProfile(account.getId()));
            }
            return overview(account, profile, open.getOrDefault(account.getId(), 0), today, months);
        }).toList();
    }

    /** One advisor's profile: any advisor's for a coordinator, only their own for an advisor. */
    public AdvisorOverview profileOf(long accountId) {
        if (!user.isPermitted(Permission.CASE_ASSIGN)) {
            user.require(Permission.PROFILE_OWN);
            if (accountId != user.accountId()) {
                throw new NotFoundException("advisor");
            }
        }
        Account account = advisor(accountId);
        return overview(account, profileFor(accountId), cases.openCasesPerAdvisor().getOrDefault(accountId, 0),
                LocalDate.now(clock), vogMaxAgeMonths());
    }

    /** The acting advisor's own profile. */
    public AdvisorOverview ownProfile() {
        user.require(Permission.PROFILE_OWN);
        return profileOf(user.accountId());
    }

    /**
     * Everything on an advisor's profile (coordinators). Municipalities are stored in their
     * official name; refused input names its field ({@link ProfileRefused}).
     */
    public AdvisorProfile update(long accountId, ProfileInput input) {
        user.require(Permission.CASE_ASSIGN);
        advisor(accountId);
        Set<String> official = new LinkedHashSet<>();
        for (String name : input.municipalities() == null ? Set.<String>of() : input.municipalities()) {
            try {
                String checked = municipalities.require(name);
                if (checked != null) {
                    official.add(checked);
                }
            } catch (UnknownMunicipality unknown) {
                throw new ProfileRefused("municipalities", "unknownMunicipality");
            }
        }
        AdvisorProfile profile = profileFor(accountId);
        profile.update(new ProfileInput(input.status(), official, input.postcodeAreas(), input.expertise(),
                input.languages(), input.maxOpenCases(), input.availability(), input.absences(), input.vogDate()));
        profiles.flush();
        audit.record(AuditAction.ADVISOR_PROFILE_CHANGED, null);
        return profile;
    }

    /** The advisor's own languages, weekly availability and absences; nothing else. */
    public AdvisorProfile updateOwn(OwnProfileInput input) {
        user.require(Permission.PROFILE_OWN);
        advisor(user.accountId());
        AdvisorProfile profile = profileFor(user.accountId());
        profile.updateOwn(input);
        profiles.flush();
        audit.record(AuditAction.ADVISOR_PROFILE_CHANGED, null);
        return profile;
    }

    /**
     * The organisation's advisors ranked for a request (see {@link AdvisorMatcher} for the
     * weights): eligible ones best first, then the blocked ones with their reasons (coordinators).
     *
     * @param municipality the client's municipality, everyday or official name, or {@code null}
     * @param postcode     the client's postcode, or {@code null}
     * @param expertise    the expertise the request needs (may be empty)
     * @param language     ISO 639-1 code of the client's preferred language, or {@code null}
     */
    public List<MatchingScore> proposals(String municipality, String postcode, Set<Expertise> expertise, String language) {
        user.require(Permission.CASE_ASSIGN);
        Map<Long, AdvisorProfile> byAccount = profiles.all().stream()
                .collect(Collectors.toMap(AdvisorProfile::getAccountId, Function.identity()));
        Map<Long, Integer> open = cases.openCasesPerAdvisor();
        List<MatchCandidate> candidates = advisorAccounts().stream()
                .map(a -> new MatchCandidate(byAccount.getOrDefault(a.getId(), new AdvisorProfile(a.getId())),
                        a.getDisplayName(), open.getOrDefault(a.getId(), 0)))
                .toList();
        String official = municipality == null ? null : municipalities.officialName(municipality).orElse(municipality);
        MatchRequest request = new MatchRequest(official, postcode, expertise, language, LocalDate.now(clock));
        return new AdvisorMatcher(vogMaxAgeMonths()).rank(request, candidates);
    }

    /**
     * Why this advisor cannot be given a new case now (not active, VOG missing or too old, no
     * room); empty when they can. For the assignment screen and service (coordinators).
     */
    public List<MatchReason> assignmentBlocks(long accountId) {
        user.require(Permission.CASE_ASSIGN);
        advisor(accountId);
        AdvisorProfile profile = profiles.forAccount(accountId).orElseGet(() -> new AdvisorProfile(accountId));
        return profile.assignmentBlocks(LocalDate.now(clock), vogMaxAgeMonths(),
                cases.openCasesPerAdvisor().getOrDefault(accountId, 0));
    }

    /**
     * The advisors a member can book online for this place: advisors of the organisation who can
     * take a case now (active, valid VOG, room on their list) and whose region holds the
     * municipality or the postcode area; least busy first. Needs no login: the public booking
     * page asks, and gets profiles without names.
     */
    public List<AdvisorProfile> bookable(String municipality, String postcode) {
        LocalDate today = LocalDate.now(clock);
        int months = vogMaxAgeMonths();
        Map<Long, Integer> open = cases.openCasesPerAdvisor();
        Set<Long> advisors = advisorAccounts().stream().map(Account::getId).collect(Collectors.toSet());
        String area = AdvisorProfile.areaOf(postcode);
        return profiles.all().stream()
                .filter(p -> advisors.contains(p.getAccountId()))
                .filter(p -> p.getMunicipalities().contains(municipality) || area != null && p.getPostcodeAreas().contains(area))
                .filter(p -> p.assignmentBlocks(today, months, open.getOrDefault(p.getAccountId(), 0)).isEmpty())
                .sorted(Comparator.comparing((AdvisorProfile p) -> open.getOrDefault(p.getAccountId(), 0))
                        .thenComparing(AdvisorProfile::getAccountId))
                .toList();
    }

    private AdvisorOverview overview(Account account, AdvisorProfile profile, int openCases, LocalDate today, int months) {
        LocalDate until = profile.getVogDate() == null ? null : profile.getVogDate().plusMonths(months);
        return new AdvisorOverview(account.getId(), account.getDisplayName(), account.getEmail(), profile, openCases,
                profile.hasValidVog(today, months), until);
    }

    private AdvisorProfile profileFor(long accountId) {
        return profiles.forAccount(accountId).orElseGet(() -> profiles.add(new AdvisorProfile(accountId)));
    }

    private List<Account> advisorAccounts() {
        return accounts.withRole(currentTenant(), Role.ADVISOR);
    }

    /** The advisor account of this organisation, or "not found" for anyone else. */
    private Account advisor(long accountId) {
        return accounts.find(accountId)
                .filter(a -> a.isActive() && a.rolesIn(currentTenant()).contains(Role.ADVISOR))
                .orElseThrow(() -> new NotFoundException("advisor"));
    }

    private int vogMaxAgeMonths() {
        return organisations.find(currentTenant().value()).map(Organisation::getVogMaxAgeMonths)
                .orElse(Organisation.DEFAULT_VOG_MAX_AGE_MONTHS);
    }

    private TenantId currentTenant() {
        return tenant.require();
    }
}
