/**
 * The append-only access and change log: the {@code @Audited} interceptor binding that writes a row in the caller's
 * transaction (failing the request if it cannot), the hash chain and its verification, and the audit query API.
 * Other features use {@code Audited}, {@code AuditLog}, {@code AuditEvent}, {@code AuditOutcome} and {@code
 * AuditContext}.
 */
package org.mrc.casework.audit;
