/**
 * Tenant identity: sign-up with e-mail and password, e-mail confirmation, sign-in sessions,
 * password reset and change. Every method answers the same way for known and unknown addresses.
 */
@Export
@Version("2.1.0")
package org.kabinet.registration.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
