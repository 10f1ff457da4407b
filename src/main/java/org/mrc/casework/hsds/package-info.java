/**
 * The partner directory as an Open Referral HSDS 3.0 read API ({@code /hsds}): organizations (partner
 * organisations), services and service_at_locations (partners' offerings: one offering is one service at one
 * location, and both carry the offering's id), locations, and the service catalogue as one taxonomy. Read through SQL
 * projections of the directory's own tables: no second copy. In-house offerings of offices and inactive partners
 * never appear. Who may read it is configured ({@link org.mrc.casework.hsds.HsdsConfig}).
 */
package org.mrc.casework.hsds;
