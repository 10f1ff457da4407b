/** Tracing without personal data: what a span may carry is decided here. */
package org.mrc.casework.shared.telemetry;
