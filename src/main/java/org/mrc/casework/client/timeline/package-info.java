/**
 * A client's history in date order: {@code ClientTimeline} assembles what every {@code TimelineContributor}
 * (episodes, services delivered, sessions attended, referrals) says about the client. Other features contribute by
 * implementing {@code TimelineContributor} and returning {@code TimelineEntry} values.
 */
package org.mrc.casework.client.timeline;
