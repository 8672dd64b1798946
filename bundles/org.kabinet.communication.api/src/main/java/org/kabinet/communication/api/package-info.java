/**
 * Communication between tenants and their managing company: messages (обращения) kept as threads with
 * attachments and a status, the feedback form open to anyone, and announcements to an audience of
 * accounts shown in the cabinet and sent by e-mail and, when urgent, by SMS; listeners hear tenants'
 * messages in the transaction storing them.
 */
@Export
@Version("0.3.0")
package org.kabinet.communication.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
