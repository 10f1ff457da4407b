package org.mrc.casework.client.humancapital;

/** How a skill was acquired: skills learned on the job or abroad are often the ones no diploma shows. */
public enum SkillAcquisition {
    FORMAL,
    ON_THE_JOB,
    ABROAD,
    INFORMAL
}
