/**
 * Meters and readings: individual meters of personal accounts, submission windows, readings with an
 * explained status (accepted, flagged for review, rejected), consumption by month, personal tokens
 * for smart meters to submit readings, and listeners that hear readings in the transaction storing them.
 */
@Export
@Version("0.3.0")
package org.kabinet.meters.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
