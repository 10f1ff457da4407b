/**
 * Services actually delivered to clients, group sessions and their attendance; contributes them to the client
 * timeline. Other features use {@code ServiceLogService}, {@code GroupSessionService}, the views and the enums.
 */
package org.mrc.casework.servicelog;
