package org.mrc.casework.client.episode;

/** The answer to one factor of the return-readiness checklist. Stored as true, false or null. */
public enum ReadinessAnswer {
    YES,
    NO,
    NOT_RECORDED;

    Boolean stored() {
        return this == NOT_RECORDED ? null : this == YES;
    }

    static Boolean storedOf(ReadinessAnswer answer) {
        return answer == null ? null : answer.stored();
    }

    static ReadinessAnswer of(Boolean stored) {
        return stored == null ? NOT_RECORDED : stored ? YES : NO;
    }
}
