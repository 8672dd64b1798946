package org.kabinet.persistence.testing;

import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.Transactions;

/**
 * As {@link LocalJpa} (the real persistence unit and migrations on a fresh in-memory Derby, with
 * resource-local transactions), but one transaction per thread, as in the container, for requests
 * running at once. A test may hook the start of each thread's top-level transactions (given how many
 * that thread began before) to line threads up at a chosen step.
 */
public final class ThreadedJpa implements Transactions, EntityManagers, AutoCloseable {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<int[]> begun = ThreadLocal.withInitial(() -> new int[1]);
    private volatile IntConsumer beforeTransaction = n -> { };

    public ThreadedJpa(String unit, SchemaMigrations migrations) throws Exception {
        emf = LocalJpa.inMemory(unit, migrations);
    }

    /** Runs before each top-level transaction, on its thread, with the number that thread began before. */
    public void beforeTransaction(IntConsumer hook) {
        beforeTransaction = hook;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        beforeTransaction.accept(begun.get()[0]++);
        EntityManager em = emf.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
            current.remove();
        }
    }

    @Override
    public <T> T with(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(current.get()));
    }

    @Override
    public void close() {
        emf.close();
    }
}
