/**
 * Contract schemas that span features and so belong to none: the timeline's details union names types of client,
 * servicelog and referral, which may not depend on each other. Features refer to these schemas by name
 * ({@code @Schema(ref = "TimelineDetails")}); nothing in the code depends on this package's declaration. SmallRye
 * reads an OpenAPIDefinition on a package-info (not on any other class but a JAX-RS Application). The title,
 * version and description come from configuration (quarkus.smallrye-openapi.info-*).
 */
@OpenAPIDefinition(
        info = @Info(title = "mrc-casework API", version = "0.1.0"),
        components =
                @Components(
                        schemas =
                                @Schema(
                                        name = "TimelineDetails",
                                        description = "What a timeline entry records, by its detailsKind (the entry's"
                                                + " kind)",
                                        oneOf = {
                                            EpisodeOpening.class,
                                            PhaseChangeView.class,
                                            ServiceDeliveryView.class,
                                            SessionAttendanceView.class,
                                            ReferralTimelineDetails.class,
                                            HandoverTimelineDetails.class
                                        },
                                        discriminatorProperty = "detailsKind",
                                        discriminatorMapping = {
                                            @DiscriminatorMapping(
                                                    value = "EPISODE_OPENED",
                                                    schema = EpisodeOpening.class),
                                            @DiscriminatorMapping(
                                                    value = "PHASE_CHANGED",
                                                    schema = PhaseChangeView.class),
                                            @DiscriminatorMapping(
                                                    value = "SERVICE_DELIVERED",
                                                    schema = ServiceDeliveryView.class),
                                            @DiscriminatorMapping(
                                                    value = "SESSION_ATTENDED",
                                                    schema = SessionAttendanceView.class),
                                            @DiscriminatorMapping(
                                                    value = "REFERRAL_STATUS_CHANGED",
                                                    schema = ReferralTimelineDetails.class),
                                            @DiscriminatorMapping(
                                                    value = "CASE_HANDED_OVER",
                                                    schema = HandoverTimelineDetails.class)
                                        })))
package org.mrc.casework;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.episode.EpisodeOpening;
import org.mrc.casework.client.episode.PhaseChangeView;
import org.mrc.casework.handover.HandoverTimelineDetails;
import org.mrc.casework.referral.ReferralTimelineDetails;
import org.mrc.casework.servicelog.ServiceDeliveryView;
import org.mrc.casework.servicelog.SessionAttendanceView;
