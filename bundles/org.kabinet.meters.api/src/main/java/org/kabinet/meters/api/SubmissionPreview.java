package org.kabinet.meters.api;

import java.time.YearMonth;

/**
 * What would happen to a reading sent now, told before sending: the period it would count for, whether
 * that is the next one (late, soft window) or it would be refused (strict window closed), and the words.
 */
public record SubmissionPreview(YearMonth period, boolean late, boolean refused, String message) {
}
