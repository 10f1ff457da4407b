/**
 * {@code ClusterJobs}: scheduled jobs that stay safe when several instances run.
 */
package org.mrc.casework.shared.scheduling;
