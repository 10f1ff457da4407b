/**
 * Merging duplicate client records and undoing a merge: the rows that move, and the record of which rows moved.
 * Reaches the registry only through {@code ClientService} and {@code privacy.ClientAccess}; others may use {@code
 * ClientMergeService} and {@code ClientMergeView}.
 */
package org.mrc.casework.client.merge;
