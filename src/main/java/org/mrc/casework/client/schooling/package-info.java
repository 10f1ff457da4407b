/**
 * Children left behind: the school status of a child in a household with a migrant member (enrolled, not enrolled,
 * dropped out or completed, with level, attendance and the date from which it holds). A minor's data, so S2 wherever it
 * appears: recorded by the owning office, read only by callers who reach S2 for the child; child-level data never
 * leave the record, only the suppressed counts of the schooling report. Owns {@code child_schooling}.
 */
package org.mrc.casework.client.schooling;
