package nl.tafelgenoot.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/** Runs the global part of the demo seeding (organisations, accounts) in a transaction of its own. */
@ApplicationScoped
public class DemoTransactions {

    @Transactional(TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
