package org.kabinet.meters.api;

/** An archived meter (replaced, removed) keeps its history and takes no more readings. */
public enum MeterState {
    ACTIVE, ARCHIVED
}
