/**
 * Case handovers between offices of the network: a destination-side centre hands a returning family to the origin
 * centre of their return locality, a desk hands a client who moved to the centre. Owns the handover record (proposal,
 * answer), the ownership history it forms (accepted handovers, on the timeline and in SQL as
 * {@code case_office_at}), and the read grant a proposal gives the receiving office. The ownership change itself is
 * made by {@code ClientAccess.handOver}, the one access entry point; others use {@link HandoverService} only.
 */
package org.mrc.casework.handover;
