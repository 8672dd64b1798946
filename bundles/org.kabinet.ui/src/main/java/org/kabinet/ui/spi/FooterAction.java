package org.kabinet.ui.spi;

import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A link at the foot of every page of the portal — signed in or out, cabinet or sign-in page — such as
 * the feedback form. Register an implementation as an OSGi service; the footer shows the actions in
 * {@link #order()}. While none is registered the footer offers the company's e-mail for feedback.
 *
 * @since 1.3
 */
@ConsumerType
public interface FooterAction {
    /** Stable identifier; the link's DOM id is {@code footer-<id>}. */
    String id();

    /** The link's text in the visitor's language. */
    String label(Locale locale);

    /** Position in the footer: lower comes first. */
    int order();

    /** Opens what the action offers, usually a dialog ({@code UI.getCurrent().addWindow(…)}). */
    void open(FooterContext context);
}
