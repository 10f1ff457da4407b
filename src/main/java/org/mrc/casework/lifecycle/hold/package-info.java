/** Legal holds on a client: placed and released by coordinators or admins; a held client is neither erased nor
 * touched by the retention job. Others use {@link org.mrc.casework.lifecycle.hold.LegalHolds} to ask. */
package org.mrc.casework.lifecycle.hold;
