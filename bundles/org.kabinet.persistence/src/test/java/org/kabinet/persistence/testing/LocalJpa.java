package org.kabinet.persistence.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.Transactions;

/**
 * A bundle's real persistence unit and migrations on a fresh in-memory Derby, with resource-local
 * transactions standing in for JTA: the same mappings and queries as in the container, in a unit test.
 * All threads share one transaction; {@link ThreadedJpa} gives each thread its own.
 */
public final class LocalJpa implements Transactions, EntityManagers, AutoCloseable {
    private final EntityManagerFactory emf;
    private EntityManager current;

    public LocalJpa(String unit, SchemaMigrations migrations) throws Exception {
        emf = inMemory(unit, migrations);
    }

    /** The unit on a fresh in-memory Derby with the migrations applied, resource-local (also for {@link ThreadedJpa}). */
    static EntityManagerFactory inMemory(String unit, SchemaMigrations migrations) throws Exception {
        EmbeddedDataSource db = InMemoryDerby.fresh();
        migrations.migrate(db);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", null);
        props.put("javax.persistence.nonJtaDataSource", db);
        props.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory(unit, props);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current != null) {
            return work.get();
        }
        current = emf.createEntityManager();
        try {
            current.getTransaction().begin();
            T result = work.get();
            current.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (current.getTransaction().isActive()) {
                current.getTransaction().rollback();
            }
            throw e;
        } finally {
            current.close();
            current = null;
        }
    }

    @Override
    public <T> T with(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(current));
    }

    @Override
    public void close() {
        emf.close();
    }
}
