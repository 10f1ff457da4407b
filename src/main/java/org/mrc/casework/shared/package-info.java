/**
 * Mechanisms every feature shares: problem details, paging, ETags, idempotency, request ids. Depends on no
 * feature package (an ArchUnit test keeps it so).
 */
package org.mrc.casework.shared;
