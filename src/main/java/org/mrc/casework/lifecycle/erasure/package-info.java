/**
 * Erasure on request: the request (who asked, on what ground, when), its check against legal holds and open
 * safeguarding cases, and its execution across every table that holds the person ({@link
 * org.mrc.casework.lifecycle.erasure.PersonalDataEraser}), leaving a tombstone. Others may use {@link
 * org.mrc.casework.lifecycle.erasure.ClientErased}, the event an executed erasure fires.
 */
package org.mrc.casework.lifecycle.erasure;
