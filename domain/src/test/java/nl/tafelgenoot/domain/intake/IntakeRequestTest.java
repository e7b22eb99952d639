package nl.tafelgenoot.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.tafelgenoot.domain.clients.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request's assignment rules: a client first, one or two advisors, answers once, back to the queue. */
class IntakeRequestTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");
    private static final long COORDINATOR = 1;
    private static final long ANNA = 11;
    private static final long PIETER = 12;
    private static final long EVA = 13;

    private IntakeRequest request;

    @BeforeEach
    void phoneCall() {
        request = new IntakeRequest();
        request.setTopic(IntakeTopic.PREPARE_INTERVIEW);
        request.setGivenName("Ria");
        request.setSurname("Jansen");
        request.setPhone("06-12345678");
        request.setMunicipality("Zeist");
        request.setQuestion("Gesprek met de gemeente over hulp in huis.");
        request.receive(COORDINATOR, MONDAY_NINE);
    }

    private void withClient() {
        request.linkClient(new Client("Ria", null, "Jansen"));
    }

    @Test
    void aNewRequestWaitsInTheQueueWithItsAgeInDutchDays() {
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.WAITING);
        assertThat(request.getStatus().isInQueue()).isTrue();
        assertThat(request.ageInDays(LocalDate.of(2026, 11, 23))).isZero();
        assertThat(request.ageInDays(LocalDate.of(2026, 11, 27))).isEqualTo(4);
    }

    @Test
    void isNotOfferedBeforeItHasAClient() {
        assertThatThrownBy(() -> request.offer(ANNA, COORDINATOR, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("noClient");
    }

    @Test
    void isOfferedToAtMostTwoAdvisorsEachOnce() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.OFFERED);
        assertThatThrownBy(() -> request.offer(ANNA, COORDINATOR, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("alreadyOffered");
        request.offer(PIETER, COORDINATOR, MONDAY_NINE);
        assertThatThrownBy(() -> request.offer(EVA, COORDINATOR, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("tooManyAdvisors");
        assertThat(request.isOfferedTo(ANNA)).isTrue();
        assertThat(request.isOfferedTo(EVA)).isFalse();
    }

    @Test
    void acceptingAssignsTheRequest() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        request.accept(ANNA, MONDAY_NINE.plusSeconds(3600));
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.ASSIGNED);
        assertThat(request.getOffers()).singleElement().satisfies(o -> {
            assertThat(o.getAnswer()).isEqualTo(OfferAnswer.ACCEPTED);
            assertThat(o.getAnsweredAt()).isEqualTo(MONDAY_NINE.plusSeconds(3600));
        });
        assertThatThrownBy(() -> request.accept(ANNA, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("noOffer");
    }

    @Test
    void onlyTheAdvisorAskedCanAnswer() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        assertThatThrownBy(() -> request.accept(PIETER, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("noOffer");
        assertThatThrownBy(() -> request.decline(PIETER, "Geen tijd", MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("noOffer");
    }

    @Test
    void aDeclineNeedsAReasonAndReturnsTheRequestToTheQueueWithIt() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        assertThatThrownBy(() -> request.decline(ANNA, "  ", MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key", "field").containsExactly("reasonRequired", "reason");
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.OFFERED);

        request.decline(ANNA, "Ik ken de familie persoonlijk.", MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.WAITING);
        assertThat(request.lastDeclineReason()).contains("Ik ken de familie persoonlijk.");
        request.offer(PIETER, COORDINATOR, MONDAY_NINE);
        assertThat(request.getOffers()).extracting(AssignmentOffer::getAccountId).containsExactly(ANNA, PIETER);
    }

    @Test
    void aDeclineWhileAnotherAdvisorStandsKeepsTheRequestWithThem() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        request.offer(PIETER, COORDINATOR, MONDAY_NINE);
        request.decline(ANNA, "Te ver weg", MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.OFFERED);
        request.accept(PIETER, MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.ASSIGNED);
    }

    @Test
    void withdrawingTheOnlyOfferReturnsTheRequestToTheQueue() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        request.withdraw(ANNA, MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.WAITING);
        assertThat(request.getOffers()).singleElement().extracting(AssignmentOffer::getAnswer)
                .isEqualTo(OfferAnswer.WITHDRAWN);
    }

    @Test
    void closingNeedsAReasonAndTakesBackOpenOffers() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        assertThatThrownBy(() -> request.close(null, MONDAY_NINE)).isInstanceOf(IntakeRefused.class);
        request.close("Mevrouw heeft al hulp van haar dochter.", MONDAY_NINE);
        assertThat(request.getStatus()).isEqualTo(IntakeStatus.CLOSED);
        assertThat(request.isOfferedTo(ANNA)).isFalse();
        assertThatThrownBy(() -> request.offer(PIETER, COORDINATOR, MONDAY_NINE))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("notInQueue");
    }

    @Test
    void theClientIsNotSwappedWhileAnAdvisorIsAsked() {
        withClient();
        request.offer(ANNA, COORDINATOR, MONDAY_NINE);
        assertThatThrownBy(() -> request.linkClient(new Client("Henk", null, "Jansen")))
                .isInstanceOf(IntakeRefused.class).extracting("key").isEqualTo("offeredAlready");
    }

    @Test
    void aFormMayLeaveTheLanguageEmptyButNotWriteAWordInIt() {
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validateValue(IntakeRequest.class, "language", "")).isEmpty();
            assertThat(validator.validateValue(IntakeRequest.class, "language", null)).isEmpty();
            assertThat(validator.validateValue(IntakeRequest.class, "language", "tr")).isEmpty();
            assertThat(validator.validateValue(IntakeRequest.class, "language", "Turks")).hasSize(1);
        }
    }
}
