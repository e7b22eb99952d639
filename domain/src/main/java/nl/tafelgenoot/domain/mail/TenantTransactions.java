package nl.tafelgenoot.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/** {@link OwnTransactions} in the container: a new JTA transaction per step, with the bound tenant. */
@ApplicationScoped
public class TenantTransactions implements OwnTransactions {

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    @TenantBound
    public <T> T commit(Supplier<T> step) {
        return step.get();
    }
}
