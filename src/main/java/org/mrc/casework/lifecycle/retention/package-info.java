/**
 * Retention (issue 13): the rules (table {@code retention_rule}, seeded with documented defaults, changed by admins
 * through the API), the scheduled job that applies them in batches (resumable, one instance at a time, with a dry
 * run), and the anonymisation that keeps every report figure ({@link
 * org.mrc.casework.lifecycle.retention.PersonalDataAnonymiser}). Held clients ({@code lifecycle/hold}) are skipped;
 * erasure reuses {@code lifecycle/erasure}.
 */
package org.mrc.casework.lifecycle.retention;
