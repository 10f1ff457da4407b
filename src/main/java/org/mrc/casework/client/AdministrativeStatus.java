package org.mrc.casework.client;

/** Administrative status in the destination (S2). No service may require it; UNDISCLOSED is always valid. */
public enum AdministrativeStatus {
    REGULAR_PERMANENT,
    REGULAR_TEMPORARY,
    IRREGULAR,
    ASYLUM_SEEKER,
    REFUGEE,
    OTHER_HUMANITARIAN,
    NATIONAL,
    UNDISCLOSED
}
