/**
 * Meters and readings: individual meters of personal accounts, submission windows, readings with an
 * explained status (accepted, flagged for review, rejected), consumption by month, personal tokens
 * for smart meters to submit readings.
 */
@Export
@Version("0.2.0")
package org.kabinet.meters.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
