package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.client.episode.CycleCompleteness;
import org.mrc.casework.client.episode.EpisodeRequests;
import org.mrc.casework.client.episode.EpisodeType;
import org.mrc.casework.client.episode.LegActivity;
import org.mrc.casework.client.episode.PermitType;
import org.mrc.casework.client.episode.ReadinessAnswer;
import org.mrc.casework.client.episode.ResidencePermit;
import org.mrc.casework.client.episode.ReturnCircumstance;
import org.mrc.casework.client.episode.ReturnDetails;
import org.mrc.casework.client.episode.ReturnIntention;
import org.mrc.casework.client.episode.ReturnReadiness;
import org.mrc.casework.client.episode.SocialSecurityContributions;

/** Opens and moves migration episodes through the API, as a caseworker of the client's office would. */
public final class EpisodeFixtures {

    private EpisodeFixtures() {}

    /** A labour journey from the Philippines to Saudi Arabia, starting in PRE_DECISION on {@code date}. */
    public static Opening labour(String date) {
        return new Opening()
                .type(EpisodeType.LABOUR)
                .originCountry("PH")
                .originLocality("Lipa City")
                .destinationCountry("SA")
                .destinationLocality("Riyadh")
                .effectiveDate(date);
    }

    /** A move to {@code phase} (and {@code subStage} if given), both by their enum names, on {@code date}. */
    public static PhaseChange move(String phase, String subStage, String date) {
        return new PhaseChange()
                .phase(MigrationPhase.valueOf(phase))
                .subStage(subStage == null ? null : SubStage.valueOf(subStage))
                .effectiveDate(date);
    }

    /** A move to RETURN/REINTEGRATING with the (required) return details, given by their enum names. */
    public static PhaseChange returning(String date, String circumstance, String completeness) {
        return move("RETURN", "REINTEGRATING", date).returnDetails(returnDetails(circumstance, completeness));
    }

    /** Return details by enum names; a null completeness is left out (as a test of the required field needs). */
    public static ReturnDetails returnDetails(String circumstance, String completeness) {
        return new ReturnDetails(
                ReturnCircumstance.valueOf(circumstance),
                completeness == null ? null : CycleCompleteness.valueOf(completeness),
                null,
                null);
    }

    /** Return details by enum names, with the readiness checklist (null: not recorded). */
    public static ReturnDetails returnDetails(
            String circumstance, String completeness, Readiness readiness, String intention) {
        return new ReturnDetails(
                ReturnCircumstance.valueOf(circumstance),
                CycleCompleteness.valueOf(completeness),
                readiness == null ? null : readiness.build(),
                intention == null ? null : ReturnIntention.valueOf(intention));
    }

    /** A permit of a {@link PermitType} (by name) valid between two dates (either may be null). */
    public static ResidencePermit permit(String type, String from, String until) {
        return new ResidencePermit(
                PermitType.valueOf(type),
                from == null ? null : LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until));
    }

    /** Contributions paid in {@code country} for {@code years} (as written, e.g. {@code "3.5"}) to a scheme. */
    public static SocialSecurityContributions contributions(String country, String years, String scheme) {
        return new SocialSecurityContributions(country, new BigDecimal(years), scheme);
    }

    public static Response open(String token, String clientId, Opening body) {
        return Api.as(token).body(body).post("/clients/" + clientId + "/episodes");
    }

    public static String openId(String token, String clientId, Opening body) {
        Response response = open(token, clientId, body);
        response.then().statusCode(201);
        return response.path("id");
    }

    /** Posts a phase change with the episode's current ETag (read first) and returns the response. */
    public static Response change(String token, String clientId, String episodeId, PhaseChange body) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(body)
                .post(path(clientId, episodeId) + "/phase-changes");
    }

    /** As {@link #change}, expecting success. */
    public static Response moved(String token, String clientId, String episodeId, PhaseChange body) {
        Response response = change(token, clientId, episodeId, body);
        response.then().statusCode(200);
        return response;
    }

    public static Response close(String token, String clientId, String episodeId, String date) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(new EpisodeRequests.CloseEpisode(LocalDate.parse(date)))
                .post(path(clientId, episodeId) + "/close");
    }

    /** Replaces the legs of the journey with the episode's current ETag (read first) and returns the response. */
    public static Response recordLegs(String token, String clientId, String episodeId, List<JourneyLeg> legs) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(new EpisodeRequests.RecordJourneyLegs(
                        legs.stream().map(JourneyLeg::build).toList()))
                .put(path(clientId, episodeId) + "/legs");
    }

    /** A leg of a journey: a country, its dates (either may be null) and the activity there (a {@link LegActivity}). */
    public static JourneyLeg leg(String country, String from, String to, String activity) {
        return new JourneyLeg().country(country).fromDate(from).toDate(to).activity(LegActivity.valueOf(activity));
    }

    public static String etag(String token, String clientId, String episodeId) {
        return Api.as(token)
                .get(path(clientId, episodeId))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String path(String clientId, String episodeId) {
        return "/clients/" + clientId + "/episodes/" + episodeId;
    }

    /** A {@link EpisodeRequests.OpenEpisode} body built field by field: a misspelt field does not compile. */
    public static final class Opening {

        private EpisodeType type;
        private String originCountry;
        private String originLocality;
        private String destinationCountry;
        private String destinationLocality;
        private LocalDate plannedDepartureDate;
        private LocalDate departureDate;
        private LocalDate plannedReturnDate;
        private LocalDate returnDate;
        private MigrationPhase phase;
        private SubStage subStage;
        private LocalDate effectiveDate;
        private String note;
        private Boolean confidentialNote;
        private ReturnDetails returnDetails;
        private UUID previousEpisodeId;
        private List<EpisodeRequests.Leg> legs;

        public Opening type(EpisodeType type) {
            this.type = type;
            return this;
        }

        public Opening originCountry(String originCountry) {
            this.originCountry = originCountry;
            return this;
        }

        public Opening originLocality(String originLocality) {
            this.originLocality = originLocality;
            return this;
        }

        public Opening destinationCountry(String destinationCountry) {
            this.destinationCountry = destinationCountry;
            return this;
        }

        public Opening destinationLocality(String destinationLocality) {
            this.destinationLocality = destinationLocality;
            return this;
        }

        public Opening plannedDepartureDate(LocalDate plannedDepartureDate) {
            this.plannedDepartureDate = plannedDepartureDate;
            return this;
        }

        public Opening plannedDepartureDate(String plannedDepartureDate) {
            return plannedDepartureDate(plannedDepartureDate == null ? null : LocalDate.parse(plannedDepartureDate));
        }

        public Opening departureDate(LocalDate departureDate) {
            this.departureDate = departureDate;
            return this;
        }

        public Opening departureDate(String departureDate) {
            return departureDate(departureDate == null ? null : LocalDate.parse(departureDate));
        }

        public Opening plannedReturnDate(LocalDate plannedReturnDate) {
            this.plannedReturnDate = plannedReturnDate;
            return this;
        }

        public Opening plannedReturnDate(String plannedReturnDate) {
            return plannedReturnDate(plannedReturnDate == null ? null : LocalDate.parse(plannedReturnDate));
        }

        public Opening returnDate(LocalDate returnDate) {
            this.returnDate = returnDate;
            return this;
        }

        public Opening returnDate(String returnDate) {
            return returnDate(returnDate == null ? null : LocalDate.parse(returnDate));
        }

        public Opening phase(MigrationPhase phase) {
            this.phase = phase;
            return this;
        }

        public Opening subStage(SubStage subStage) {
            this.subStage = subStage;
            return this;
        }

        public Opening effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        public Opening effectiveDate(String effectiveDate) {
            return effectiveDate(effectiveDate == null ? null : LocalDate.parse(effectiveDate));
        }

        public Opening note(String note) {
            this.note = note;
            return this;
        }

        public Opening confidentialNote(Boolean confidentialNote) {
            this.confidentialNote = confidentialNote;
            return this;
        }

        public Opening returnDetails(ReturnDetails returnDetails) {
            this.returnDetails = returnDetails;
            return this;
        }

        public Opening previousEpisodeId(UUID previousEpisodeId) {
            this.previousEpisodeId = previousEpisodeId;
            return this;
        }

        public Opening previousEpisodeId(String previousEpisodeId) {
            return previousEpisodeId(previousEpisodeId == null ? null : UUID.fromString(previousEpisodeId));
        }

        public Opening legs(List<EpisodeRequests.Leg> legs) {
            this.legs = legs;
            return this;
        }

        public Opening legs(JourneyLeg... legs) {
            return legs(Stream.of(legs).map(JourneyLeg::build).toList());
        }

        @JsonValue
        public EpisodeRequests.OpenEpisode build() {
            return new EpisodeRequests.OpenEpisode(
                    type,
                    originCountry,
                    originLocality,
                    destinationCountry,
                    destinationLocality,
                    plannedDepartureDate,
                    departureDate,
                    plannedReturnDate,
                    returnDate,
                    phase,
                    subStage,
                    effectiveDate,
                    note,
                    confidentialNote,
                    returnDetails,
                    previousEpisodeId,
                    legs);
        }
    }

    /** A {@link EpisodeRequests.ChangePhase} body built field by field: a misspelt field does not compile. */
    public static final class PhaseChange {

        private MigrationPhase phase;
        private SubStage subStage;
        private LocalDate effectiveDate;
        private String note;
        private Boolean confidentialNote;
        private ReturnDetails returnDetails;

        public PhaseChange phase(MigrationPhase phase) {
            this.phase = phase;
            return this;
        }

        public PhaseChange subStage(SubStage subStage) {
            this.subStage = subStage;
            return this;
        }

        public PhaseChange effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        public PhaseChange effectiveDate(String effectiveDate) {
            return effectiveDate(effectiveDate == null ? null : LocalDate.parse(effectiveDate));
        }

        public PhaseChange note(String note) {
            this.note = note;
            return this;
        }

        public PhaseChange confidentialNote(Boolean confidentialNote) {
            this.confidentialNote = confidentialNote;
            return this;
        }

        public PhaseChange returnDetails(ReturnDetails returnDetails) {
            this.returnDetails = returnDetails;
            return this;
        }

        @JsonValue
        public EpisodeRequests.ChangePhase build() {
            return new EpisodeRequests.ChangePhase(
                    phase, subStage, effectiveDate, note, confidentialNote, returnDetails);
        }
    }

    /** A {@link EpisodeRequests.Leg} body built field by field: a misspelt field does not compile. */
    public static final class JourneyLeg {

        private String country;
        private String locality;
        private LocalDate fromDate;
        private LocalDate toDate;
        private LegActivity activity;
        private ResidencePermit permit;
        private SocialSecurityContributions contributions;

        public JourneyLeg country(String country) {
            this.country = country;
            return this;
        }

        public JourneyLeg locality(String locality) {
            this.locality = locality;
            return this;
        }

        public JourneyLeg fromDate(LocalDate fromDate) {
            this.fromDate = fromDate;
            return this;
        }

        public JourneyLeg fromDate(String fromDate) {
            return fromDate(fromDate == null ? null : LocalDate.parse(fromDate));
        }

        public JourneyLeg toDate(LocalDate toDate) {
            this.toDate = toDate;
            return this;
        }

        public JourneyLeg toDate(String toDate) {
            return toDate(toDate == null ? null : LocalDate.parse(toDate));
        }

        public JourneyLeg activity(LegActivity activity) {
            this.activity = activity;
            return this;
        }

        public JourneyLeg permit(ResidencePermit permit) {
            this.permit = permit;
            return this;
        }

        public JourneyLeg contributions(SocialSecurityContributions contributions) {
            this.contributions = contributions;
            return this;
        }

        @JsonValue
        public EpisodeRequests.Leg build() {
            return new EpisodeRequests.Leg(country, locality, fromDate, toDate, activity, permit, contributions);
        }
    }

    /** A {@link ReturnReadiness} body built field by field: a misspelt field does not compile. */
    public static final class Readiness {

        private ReadinessAnswer highEducationLevel;
        private ReadinessAnswer timeToOrganise;
        private ReadinessAnswer institutionalAssistance;
        private ReadinessAnswer expelled;
        private ReadinessAnswer capitalAccumulated;
        private ReadinessAnswer formalWorkAbroad;
        private ReadinessAnswer informalWorkAbroad;
        private ReadinessAnswer noWorkAbroad;
        private ReadinessAnswer associationMember;
        private ReadinessAnswer ngoHelp;
        private ReadinessAnswer socialSecurityAfterReturn;

        public Readiness highEducationLevel(ReadinessAnswer highEducationLevel) {
            this.highEducationLevel = highEducationLevel;
            return this;
        }

        public Readiness timeToOrganise(ReadinessAnswer timeToOrganise) {
            this.timeToOrganise = timeToOrganise;
            return this;
        }

        public Readiness institutionalAssistance(ReadinessAnswer institutionalAssistance) {
            this.institutionalAssistance = institutionalAssistance;
            return this;
        }

        public Readiness expelled(ReadinessAnswer expelled) {
            this.expelled = expelled;
            return this;
        }

        public Readiness capitalAccumulated(ReadinessAnswer capitalAccumulated) {
            this.capitalAccumulated = capitalAccumulated;
            return this;
        }

        public Readiness formalWorkAbroad(ReadinessAnswer formalWorkAbroad) {
            this.formalWorkAbroad = formalWorkAbroad;
            return this;
        }

        public Readiness informalWorkAbroad(ReadinessAnswer informalWorkAbroad) {
            this.informalWorkAbroad = informalWorkAbroad;
            return this;
        }

        public Readiness noWorkAbroad(ReadinessAnswer noWorkAbroad) {
            this.noWorkAbroad = noWorkAbroad;
            return this;
        }

        public Readiness associationMember(ReadinessAnswer associationMember) {
            this.associationMember = associationMember;
            return this;
        }

        public Readiness ngoHelp(ReadinessAnswer ngoHelp) {
            this.ngoHelp = ngoHelp;
            return this;
        }

        public Readiness socialSecurityAfterReturn(ReadinessAnswer socialSecurityAfterReturn) {
            this.socialSecurityAfterReturn = socialSecurityAfterReturn;
            return this;
        }

        @JsonValue
        public ReturnReadiness build() {
            return new ReturnReadiness(
                    highEducationLevel,
                    timeToOrganise,
                    institutionalAssistance,
                    expelled,
                    capitalAccumulated,
                    formalWorkAbroad,
                    informalWorkAbroad,
                    noWorkAbroad,
                    associationMember,
                    ngoHelp,
                    socialSecurityAfterReturn);
        }
    }
}
