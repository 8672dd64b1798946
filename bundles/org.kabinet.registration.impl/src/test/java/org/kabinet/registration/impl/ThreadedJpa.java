package org.kabinet.registration.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.Transactions;

/**
 * Like the persistence module's LocalJpa (the real unit and migrations on a fresh in-memory Derby,
 * resource-local transactions), but one transaction per thread, as in the container, for requests
 * running at once. A test may hook the start of each thread's top-level transactions (given how many
 * that thread began before) to line threads up at a chosen step.
 */
final class ThreadedJpa implements Transactions, EntityManagers, AutoCloseable {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<int[]> begun = ThreadLocal.withInitial(() -> new int[1]);
    private volatile IntConsumer beforeTransaction = n -> { };

    ThreadedJpa(String unit, SchemaMigrations migrations) throws Exception {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:" + UUID.randomUUID());
        db.setCreateDatabase("create");
        migrations.migrate(db);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", null);
        props.put("javax.persistence.nonJtaDataSource", db);
        props.put("eclipselink.logging.level", "WARNING");
        emf = Persistence.createEntityManagerFactory(unit, props);
    }

    /** Runs before each top-level transaction, on its thread, with the number that thread began before. */
    void beforeTransaction(IntConsumer hook) {
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
