package nl.tafelgenoot.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** The rules of invitation and reset links and of changing people, apart from the database. */
class InvitationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final long ADMIN = 1;
    private static final long OTHER_ADMIN = 2;
    private static final long ADVISOR = 3;

    private static StaffInvitation invitation() {
        return StaffInvitation.invite(7, " Nieuw@Example.org ", "Nieuwe Adviseur", Set.of(Role.ADVISOR), "h", ADMIN, NOW);
    }

    @Test
    void anInvitationWorksSevenDaysThenNoMore() {
        StaffInvitation invitation = invitation();
        assertThat(invitation.getEmail()).isEqualTo("nieuw@example.org");
        assertThat(invitation.isUsable(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
        assertThat(invitation.isUsable(NOW.plus(Duration.ofDays(7)))).isFalse();
        assertThatThrownBy(() -> invitation.use(NOW.plus(Duration.ofDays(8)))).isInstanceOf(LinkNotUsable.class);
    }

    @Test
    void aResetLinkWorksTwentyFourHours() {
        Account account = new Account("a@example.org", "A", "-");
        StaffInvitation reset = StaffInvitation.reset(7, account, "h", ADMIN, NOW);
        assertThat(reset.isUsable(NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(reset.isUsable(NOW.plus(Duration.ofHours(24)))).isFalse();
        assertThat(reset.roles()).isEmpty();
    }

    @Test
    void aForgottenPasswordLinkWorksOneHourAndOnce() {
        Account account = stored(new Account("vergeten@example.org", "Vergeetachtig", "-"), 42);
        StaffInvitation forgotten = StaffInvitation.forgotten(7, account, "h", NOW);
        assertThat(forgotten.getPurpose()).isEqualTo(InvitationPurpose.FORGOTTEN);
        assertThat(forgotten.getPurpose().choosesNewPassword()).isTrue();
        assertThat(forgotten.getEmail()).isEqualTo("vergeten@example.org");
        assertThat(forgotten.roles()).isEmpty();
        assertThat(forgotten.getAccountId()).isEqualTo(42L);
        assertThat(forgotten.isUsable(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(forgotten.isUsable(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThatThrownBy(() -> forgotten.use(NOW.plus(Duration.ofMinutes(61)))).isInstanceOf(LinkNotUsable.class);

        StaffInvitation once = StaffInvitation.forgotten(7, account, "h2", NOW);
        once.use(NOW.plus(Duration.ofMinutes(5)));
        assertThat(once.isUsable(NOW.plus(Duration.ofMinutes(6)))).isFalse();
        assertThatThrownBy(() -> once.use(NOW.plus(Duration.ofMinutes(7)))).isInstanceOf(LinkNotUsable.class);
    }

    private static Account stored(Account account, long id) {
        try {
            java.lang.reflect.Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAnInvitationKeepsAnExistingPassword() {
        assertThat(InvitationPurpose.INVITE.choosesNewPassword()).isFalse();
        assertThat(InvitationPurpose.RESET.choosesNewPassword()).isTrue();
        assertThat(InvitationPurpose.FORGOTTEN.validFor()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLinkWorksOnce() {
        StaffInvitation invitation = invitation();
        invitation.use(NOW.plusSeconds(60));
        assertThat(invitation.isUsable(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> invitation.use(NOW.plusSeconds(62))).isInstanceOf(LinkNotUsable.class);
    }

    @Test
    void aWithdrawnLinkStopsAndAUsedOneStaysUsed() {
        StaffInvitation withdrawn = invitation();
        withdrawn.withdraw(NOW);
        assertThat(withdrawn.isUsable(NOW.plusSeconds(1))).isFalse();
        assertThat(withdrawn.isPending()).isFalse();
        StaffInvitation used = invitation();
        used.use(NOW);
        used.withdraw(NOW.plusSeconds(1));
        assertThat(used.getUsedAt()).isEqualTo(NOW);
    }

    @Test
    void aLinkOfAnotherOrganisationIsNotUsableThere() {
        assertThat(invitation().isUsableFor(7L, NOW)).isTrue();
        assertThat(invitation().isUsableFor(8L, NOW)).isFalse();
    }

    @Test
    void anInvitationNeedsARole() {
        assertThatThrownBy(() -> StaffInvitation.invite(7, "x@example.org", "X", Set.of(), "h", ADMIN, NOW))
                .isInstanceOf(PeopleRefused.class).hasMessage("rolesRequired");
        assertThat(invitation().roles()).containsExactly(Role.ADVISOR);
    }

    @Test
    void theLastAdminCannotLoseTheRoleNorLeave() {
        assertThatThrownBy(() -> PeopleRules.requireAllowed(OTHER_ADMIN, ADMIN, Set.of(Role.COORDINATOR), List.of(ADMIN)))
                .isInstanceOf(PeopleRefused.class).hasMessage("lastAdmin");
        assertThatThrownBy(() -> PeopleRules.requireAllowed(OTHER_ADMIN, ADMIN, Set.of(), List.of(ADMIN)))
                .isInstanceOf(PeopleRefused.class).hasMessage("lastAdmin");
    }

    @Test
    void withTwoAdminsOneMayBeTakenOffByTheOther() {
        PeopleRules.requireAllowed(ADMIN, OTHER_ADMIN, Set.of(Role.COORDINATOR), List.of(ADMIN, OTHER_ADMIN));
        PeopleRules.requireAllowed(ADMIN, OTHER_ADMIN, Set.of(), List.of(ADMIN, OTHER_ADMIN));
    }

    @Test
    void nobodyDeactivatesThemselvesOrTakesTheirOwnAdminRole() {
        assertThatThrownBy(() -> PeopleRules.requireAllowed(ADMIN, ADMIN, Set.of(), List.of(ADMIN, OTHER_ADMIN)))
                .isInstanceOf(PeopleRefused.class).hasMessage("notYourself");
        assertThatThrownBy(() -> PeopleRules.requireAllowed(ADMIN, ADMIN, Set.of(Role.ADVISOR), List.of(ADMIN, OTHER_ADMIN)))
                .isInstanceOf(PeopleRefused.class).hasMessage("notYourself");
        PeopleRules.requireAllowed(ADMIN, ADMIN, Set.of(Role.ADMIN, Role.ADVISOR), List.of(ADMIN));
    }

    @Test
    void advisorsRolesChangeFreely() {
        PeopleRules.requireAllowed(ADMIN, ADVISOR, Set.of(Role.COORDINATOR), List.of(ADMIN));
        PeopleRules.requireAllowed(ADMIN, ADVISOR, Set.of(), List.of(ADMIN));
    }

    @Test
    void rolesReplacedInOneOrganisationOnly() {
        Account account = new Account("b@example.org", "B", "-");
        account.join(new TenantId(7), Role.ADVISOR);
        account.join(new TenantId(8), Role.ADVISOR);
        account.replaceRoles(new TenantId(7), Set.of(Role.COORDINATOR));
        assertThat(account.rolesIn(new TenantId(7))).containsExactly(Role.COORDINATOR);
        assertThat(account.rolesIn(new TenantId(8))).containsExactly(Role.ADVISOR);
        account.replaceRoles(new TenantId(7), Set.of());
        assertThat(account.worksFor(new TenantId(7))).isFalse();
        assertThat(account.organisationIds()).containsExactly(8L);
    }

    @Test
    void aConfidentialMailKeepsItsBodyFromReaders() {
        OutboxMail mail = new OutboxMail("k", Recipient.of("x@example.org", "X"), "S", "geheime link", NOW);
        assertThat(mail.bodyForReaders()).contains("geheime link");
        mail.markConfidential();
        assertThat(mail.bodyForReaders()).isEmpty();
        assertThat(mail.getBody()).isEqualTo("geheime link");
    }

    @Test
    void sessionsFromBeforeAnAccessResetEnd() {
        Account account = new Account("c@example.org", "C", "-");
        assertThat(account.acceptsSessionFrom(null)).as("never reset: any session of an active account").isTrue();
        account.endSessions(NOW);
        assertThat(account.acceptsSessionFrom(NOW.minusSeconds(1))).isFalse();
        assertThat(account.acceptsSessionFrom(null)).isFalse();
        assertThat(account.acceptsSessionFrom(NOW.plusSeconds(1))).isTrue();
        account.deactivate();
        assertThat(account.acceptsSessionFrom(NOW.plusSeconds(1))).isFalse();
    }
}
