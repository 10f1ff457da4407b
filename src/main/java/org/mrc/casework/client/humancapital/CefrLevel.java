package org.mrc.casework.client.humancapital;

/** Proficiency on the Common European Framework of Reference scale, or native, or not assessed. */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE,
    UNKNOWN;

    /** A certificate attests a CEFR level; native and unknown are not levels a certificate names. */
    boolean certifiable() {
        return this != NATIVE && this != UNKNOWN;
    }
}
