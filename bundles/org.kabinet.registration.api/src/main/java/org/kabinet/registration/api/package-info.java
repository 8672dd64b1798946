/**
 * Tenant identity: sign-up with e-mail and password, e-mail confirmation, sign-in sessions,
 * password reset and change. Every method answers the same way for known and unknown addresses.
 * Since 2.2: the consent to processing personal data (versioned), the export of everything the portal
 * holds about a tenant and the deletion of the account ({@link PersonalData}, {@link PersonalDataSource}).
 */
@Export
@Version("2.2.0")
package org.kabinet.registration.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
