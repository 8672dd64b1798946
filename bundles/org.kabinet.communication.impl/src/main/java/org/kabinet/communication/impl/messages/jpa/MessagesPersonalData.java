package org.kabinet.communication.impl.messages.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Transactions;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalDataSource;

/**
 * A tenant's messages (and feedback sent while signed in) for "my data": threads with the posts the
 * tenant sees and the names of attached files. Erasing pseudonymises them: the texts stay with the
 * company (they are its correspondence), but the tenant's name and address in the thread and on the
 * tenant's posts become «Удалённый пользователь».
 */
public class MessagesPersonalData implements PersonalDataSource {
    /** How a deleted tenant is shown as an author and a contact. */
    public static final String DELETED_AUTHOR = "Удалённый пользователь";
    private final EntityManagers em;
    private final Transactions tx;

    public MessagesPersonalData(EntityManagers em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    @Override
    public String key() {
        return "messages";
    }

    @Override
    public String title() {
        return "Обращения";
    }

    @Override
    public Object export(DataSubject subject) {
        return tx.inTransaction(() -> em.with(m -> {
            List<ThreadEntity> threads = m.createQuery("SELECT t FROM ThreadEntity t WHERE t.tenantId = :t ORDER BY t.createdAt",
                    ThreadEntity.class).setParameter("t", subject.tenantId()).getResultList();
            List<Object> out = new ArrayList<>();
            for (ThreadEntity t : threads) {
                List<PostEntity> posts = m.createQuery("SELECT p FROM PostEntity p WHERE p.threadId = :id AND p.internal = :no"
                        + " ORDER BY p.createdAt, p.id", PostEntity.class).setParameter("id", t.id).setParameter("no", false).getResultList();
                Map<String, List<String>> files = new LinkedHashMap<>();
                if (!posts.isEmpty()) {
                    List<String> targets = posts.stream().map(p -> "post:" + p.id).collect(Collectors.toList());
                    for (Object[] row : m.createQuery("SELECT a.target, a.fileName FROM AttachmentEntity a WHERE a.target IN :t"
                            + " ORDER BY a.createdAt, a.id", Object[].class).setParameter("t", targets).getResultList()) {
                        files.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
                    }
                }
                Map<String, Object> thread = new LinkedHashMap<>();
                thread.put("number", t.number);
                thread.put("topic", russian(t.topic));
                thread.put("subject", t.subject);
                thread.put("account", t.accountNumber);
                thread.put("status", status(t.status));
                thread.put("createdAt", Instant.ofEpochMilli(t.createdAt).toString());
                thread.put("posts", posts.stream().map(p -> {
                    Map<String, Object> post = new LinkedHashMap<>();
                    post.put("author", "STAFF".equals(p.authorKind) ? "Управляющая компания" : "Вы");
                    post.put("createdAt", Instant.ofEpochMilli(p.createdAt).toString());
                    post.put("text", p.body);
                    post.put("attachments", files.getOrDefault("post:" + p.id, List.of()));
                    return post;
                }).collect(Collectors.toList()));
                out.add(thread);
            }
            return out;
        }));
    }

    private static String russian(String topic) {
        try {
            return Topic.valueOf(topic).russian();
        } catch (IllegalArgumentException | NullPointerException e) {
            return topic;
        }
    }

    private static String status(String status) {
        try {
            return ThreadStatus.valueOf(status).russian();
        } catch (IllegalArgumentException | NullPointerException e) {
            return status;
        }
    }

    @Override
    public void erase(DataSubject subject) {
        String id = subject.tenantId();
        tx.inTransaction(() -> em.with(m -> {
            m.createQuery("UPDATE PostEntity p SET p.authorName = :anon WHERE p.authorKind <> 'STAFF' AND (p.authorId = :t"
                            + " OR p.threadId IN (SELECT t.id FROM ThreadEntity t WHERE t.tenantId = :t))")
                    .setParameter("anon", DELETED_AUTHOR).setParameter("t", id).executeUpdate();
            m.createQuery("UPDATE ThreadEntity t SET t.contactName = :anon, t.contact = :anon, t.contactKey = :key"
                            + " WHERE t.tenantId = :t")
                    .setParameter("anon", DELETED_AUTHOR).setParameter("key", "deleted:" + id).setParameter("t", id).executeUpdate();
            return null;
        }));
    }
}
