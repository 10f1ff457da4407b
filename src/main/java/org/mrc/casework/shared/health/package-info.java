/**
 * Readiness checks of the service's own dependencies (the database).
 */
package org.mrc.casework.shared.health;
