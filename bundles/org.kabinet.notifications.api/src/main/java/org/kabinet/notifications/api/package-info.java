/**
 * Notifications: the outbox through which every e-mail (and later SMS) reaches a person, and the
 * managing company's contact details shown in letters and in the portal.
 */
@Export
@Version("1.7.0")
package org.kabinet.notifications.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
