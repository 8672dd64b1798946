/**
 * The security audit trail: every sign-in (tenant and staff, success and failure), sign-out and staff
 * action, with who, from which client address and when. Append-only: events are recorded and read;
 * only the retention purge of the implementation ever removes them.
 */
@Export
@Version("1.0.0")
package org.kabinet.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
