package org.kabinet.communication.ui;

import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Post;

/**
 * A thread's posts, oldest first: the tenant's and the company's told apart (and staff's internal notes,
 * for staff), each with its author, time, text and files. Ids {@code <prefix>-<i>}, {@code <prefix>-<i>-author},
 * {@code <prefix>-<i>-text}, {@code <prefix>-<i>-file-<j>}.
 */
final class PostList {
    private PostList() {
    }

    static VerticalLayout build(String id, String prefix, List<Post> posts, boolean staffView, ZoneId zone,
                                Function<AttachmentInfo, AttachmentContent> content, Messages m) {
        VerticalLayout list = Parts.block(id);
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            String postId = prefix + "-" + i;
            Label author = Parts.text(postId + "-author", CommunicationTexts.author(post, staffView, m) + " · "
                    + CommunicationTexts.when(post.at(), zone));
            author.addStyleName("kabinet-post-author");
            Label text = Parts.text(postId + "-text", post.text());
            text.addStyleName("kabinet-post-text");
            VerticalLayout card = Parts.block(postId, author, text);
            card.setSpacing(false);
            card.setMargin(true);
            card.addStyleName("kabinet-post");
            card.addStyleName(style(post, staffView));
            if (!post.attachments().isEmpty()) {
                CssLayout files = new CssLayout();
                files.setWidth("100%");
                files.addStyleName("kabinet-filters");
                for (int j = 0; j < post.attachments().size(); j++) {
                    AttachmentInfo file = post.attachments().get(j);
                    files.addComponent(AttachmentLinks.link(postId + "-file-" + j, file, () -> content.apply(file), m));
                }
                card.addComponent(files);
            }
            list.addComponent(card);
        }
        if (posts.isEmpty()) {
            Label none = Parts.text(id + "-empty", m.get("thread.noPosts"));
            none.addStyleName(ValoTheme.LABEL_LIGHT);
            list.addComponent(none);
        }
        return list;
    }

    /** The reader's own side in one style, the other side in another, staff notes in a third. */
    static String style(Post post, boolean staffView) {
        if (post.internal()) {
            return "kabinet-post-note";
        }
        boolean company = post.author() == AuthorKind.STAFF;
        return company == staffView ? "kabinet-post-mine" : "kabinet-post-company";
    }
}
