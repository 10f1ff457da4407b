/**
 * Keyset paging: opaque signed cursors ({@code Cursor}), the page request and the page returned.
 */
package org.mrc.casework.shared.paging;
