/**
 * Personal accounts (лицевые счета): cities, accounts, registration codes, and the links between
 * tenants and their accounts. Tenants see only the accounts they linked.
 */
@Export
@Version("2.3.0")
package org.kabinet.accounts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
