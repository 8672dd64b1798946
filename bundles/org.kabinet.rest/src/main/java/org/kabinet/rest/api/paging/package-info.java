/**
 * Paging of staff lists over REST: {@code ?page=} (counted from 0) and {@code ?size=} (50 when not
 * given, at most 500), answered with {@code X-Total-Count} and an RFC 8288 {@code Link} header.
 */
@Export
@Version("1.0.0")
package org.kabinet.rest.api.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
