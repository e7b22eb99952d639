package nl.tafelgenoot.domain.mail;

import java.util.function.Supplier;

/**
 * Runs one step of the {@link OutboxSender} in a transaction of its own for the bound
 * organisation, committed when the step returns and rolled back when it throws. The sender needs
 * its claim committed before it talks to the mail server, and the outcome committed after, so it
 * cannot run in one transaction. In the portal this is {@link TenantTransactions}; tests outside
 * the container commit on their own EntityManager.
 */
public interface OwnTransactions {

    <T> T commit(Supplier<T> step);
}
