/**
 * Billing: services and tariffs, charges, payments, balances and пени (penalties for late payment,
 * ЖК РФ ст. 155 ч. 14), each пени amount with its explanation.
 */
@Export
@Version("0.4.0")
package org.kabinet.billing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
