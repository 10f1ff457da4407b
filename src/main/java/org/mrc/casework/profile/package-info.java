/**
 * The local migration profile: the planning document a territory (an office and the offices below it) builds from
 * its figures for a period, exported as JSON, a CSV bundle (zip) and a printable HTML document with charts. Its
 * trends are the reports themselves, read through {@code ReportService} (so the same scoping and the same
 * suppression apply: no figure in any format, charts included, is below the threshold); its local actors and
 * initiatives come from the partner directory and the offerings. Owns no table. Nothing here names a client.
 */
package org.mrc.casework.profile;
