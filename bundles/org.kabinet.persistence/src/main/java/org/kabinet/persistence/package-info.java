/**
 * What every data-owning bundle needs around its own persistence unit: versioned schema migrations
 * applied at start (so an upgrade keeps existing data), and the transaction and entity-manager
 * hooks through which plain-Java domain rules run in one transaction.
 */
@Export
@Version("1.1.0")
package org.kabinet.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
