/**
 * Versioned schema migrations for the data-owning bundles: each bundle ships numbered SQL scripts
 * and applies the missing ones at start, so an upgrade keeps existing data.
 */
@Export
@Version("1.0.0")
package org.kabinet.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
