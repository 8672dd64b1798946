package org.kabinet.persistence;

import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** {@link Transactions} and {@link EntityManagers} over an Aries {@link JpaTemplate}: every call joins the JTA transaction. */
public final class JpaTransactions implements Transactions, EntityManagers {
    private final JpaTemplate jpa;

    public JpaTransactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jpa.txExpr(TransactionType.Required, em -> work.get());
    }

    @Override
    public <T> T with(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
