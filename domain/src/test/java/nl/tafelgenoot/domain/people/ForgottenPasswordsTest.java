package nl.tafelgenoot.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import nl.tafelgenoot.domain.booking.RateLimited;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request path of "forgotten password" does the same for every address: it takes the
 * normalised address and hands it over, and nothing else happens until the handed-over work runs
 * (looking the address up included), so a known address cannot answer slower than an unknown one.
 */
class ForgottenPasswordsTest {

    private final List<Runnable> handedOver = new ArrayList<>();
    private final List<String> looked = new ArrayList<>();
    private boolean refuse;
    private ForgottenPasswords forgotten;

    @BeforeEach
    void setUp() {
        forgotten = new ForgottenPasswords();
        forgotten.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    // The request path may only hand work over; any other call on the executor is a fault.
                    if (!method.getName().equals("execute")) {
                        throw new AssertionError("the request path called " + method.getName() + " on the executor");
                    }
                    if (refuse) {
                        throw new RejectedExecutionException("full");
                    }
                    handedOver.add((Runnable) args[0]);
                    return null;
                });
        forgotten.mail = new ForgottenPasswordMail() {
            @Override
            public boolean send(String normalisedAddress) {
                looked.add(normalisedAddress);
                return true;
            }
        };
    }

    @Test
    void everyAddressIsHandedOverAndLookedUpOnlyAfterTheAnswer() {
        forgotten.request(" Iemand@Example.ORG ", "192.0.2.1");
        forgotten.request("niemand@example.org", "192.0.2.1");

        assertThat(looked).as("nothing looked up while answering").isEmpty();
        assertThat(handedOver).hasSize(2);
        assertThat(forgotten.inProgress()).isEqualTo(2);
        handedOver.forEach(Runnable::run);
        assertThat(looked).containsExactly("iemand@example.org", "niemand@example.org");
        assertThat(forgotten.inProgress()).isZero();
    }

    @Test
    void aFailureAfterTheAnswerIsNotTheAskersAndIsCountedAsHandled() {
        forgotten.mail = new ForgottenPasswordMail() {
            @Override
            public boolean send(String normalisedAddress) {
                throw new IllegalStateException("database away");
            }
        };
        forgotten.request("iemand@example.org", "192.0.2.2");
        handedOver.forEach(Runnable::run);
        assertThat(forgotten.inProgress()).isZero();
    }

    @Test
    void aFullExecutorGivesTheSameAnswer() {
        refuse = true;
        forgotten.request("iemand@example.org", "192.0.2.3");
        assertThat(forgotten.inProgress()).isZero();
        assertThat(looked).isEmpty();
    }

    @Test
    void theLimitsStillCountPerAddressTypedAndPerClient() {
        for (int i = 0; i < 5; i++) {
            forgotten.request("vaak@example.org", "198.51.100." + i);
        }
        assertThatThrownBy(() -> forgotten.request(" VAAK@example.org", "198.51.100.99")).isInstanceOf(RateLimited.class);
        for (int i = 0; i < 20; i++) {
            forgotten.request("klant" + i + "@example.org", "203.0.113.9");
        }
        assertThatThrownBy(() -> forgotten.request("nog-een@example.org", "203.0.113.9")).isInstanceOf(RateLimited.class);
        assertThat(handedOver).as("a refused request hands nothing over").hasSize(25);
    }
}
