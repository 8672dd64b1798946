package org.kabinet.accounts.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.schema.SchemaMigrations;

/** The bundle's persistence unit and migrations on a fresh in-memory Derby, resource-local instead of JTA. */
final class LocalJpa implements Transactions, JpaAccountStore.EntityManagers, AutoCloseable {
    private final EntityManagerFactory emf;
    private EntityManager current;

    LocalJpa() throws Exception {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:" + UUID.randomUUID());
        db.setCreateDatabase("create");
        SchemaMigrations.of("acc", getClass().getClassLoader(), "db/accounts", "V1__accounts.sql", "V2__yugra_cities.sql")
                .migrate(db);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", null);
        props.put("javax.persistence.nonJtaDataSource", db);
        props.put("eclipselink.logging.level", "WARNING");
        emf = Persistence.createEntityManagerFactory("kabinet-accounts", props);
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
