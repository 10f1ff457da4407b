package org.mrc.casework.bootstrap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mrc.casework.audit.AuditEvent;
import org.mrc.casework.audit.AuditLog;
import org.mrc.casework.audit.AuditOutcome;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.office.OfficeService;
import org.mrc.casework.partner.PartnerService;
import org.mrc.casework.security.Caller;

/**
 * Applies the operator's bootstrap file at start, once per database however many instances start together (a
 * transaction-scoped advisory lock), in one transaction: either the whole file is applied or nothing is, and the
 * instance refuses to start with the reason. Every record it creates is audited as the {@code system:bootstrap}
 * actor.
 */
public class Bootstrap {

    static final Caller SYSTEM = new Caller("system:bootstrap", Set.of(), Optional.empty(), Optional.empty());
    private static final long LOCK_KEY = 0x6d72632d626f6f74L; // "mrc-boot"
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final OfficeService offices;
    private final PartnerService partners;
    private final CatalogueService catalogue;
    private final AuditLog audit;
    private final EntityManager em;
    private final Validator validator;

    Bootstrap(
            OfficeService offices,
            PartnerService partners,
            CatalogueService catalogue,
            AuditLog audit,
            EntityManager em,
            Validator validator) {
        this.offices = offices;
        this.partners = partners;
        this.catalogue = catalogue;
        this.audit = audit;
        this.em = em;
        this.validator = validator;
    }

    /** Runs after Flyway (which migrates at start, before application start-up observers). */
    void onStart(@Observes @Priority(10) StartupEvent event, BootstrapConfig config) {
        config.file().ifPresent(path -> {
            Counts counts = apply(read(path));
            LOG.infof(
                    "Bootstrap %s: created %d offices, %d partners, %d service types; %d entries already present",
                    path.getFileName(), counts.offices, counts.partners, counts.serviceTypes, counts.present);
        });
    }

    /** Reads and validates a bootstrap file; a file that does not parse or validate stops the start. */
    BootstrapPlan read(Path path) {
        BootstrapPlan plan;
        try {
            plan = JsonMapper.builder(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .findAndAddModules()
                    .build()
                    .readValue(Files.readString(path), BootstrapPlan.class);
        } catch (IOException e) {
            throw new IllegalStateException("MRC_BOOTSTRAP_FILE " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (plan == null) {
            return new BootstrapPlan(null, null, null);
        }
        Set<ConstraintViolation<BootstrapPlan>> violations = validator.validate(plan);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("MRC_BOOTSTRAP_FILE " + path + " is invalid: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted(Comparator.naturalOrder())
                            .collect(Collectors.joining("; ")));
        }
        return plan;
    }

    /** Creates what the plan declares and the database lacks, in one transaction. */
    Counts apply(BootstrapPlan plan) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK_KEY)
                    .getSingleResult();
            Counts counts = new Counts();
            for (BootstrapPlan.Office office : plan.offices()) {
                offices.openIfAbsent(office.request(), office.parentCode())
                        .ifPresentOrElse(
                                view -> {
                                    record("office.create", "office", view.id());
                                    counts.offices++;
                                },
                                () -> counts.present++);
            }
            for (BootstrapPlan.Partner partner : plan.partners()) {
                partners.registerIfAbsent(partner.id(), partner.request())
                        .ifPresentOrElse(
                                view -> {
                                    record("partner.create", "partner", view.id());
                                    counts.partners++;
                                },
                                () -> counts.present++);
            }
            for (var type : plan.serviceTypes()) {
                catalogue
                        .addIfAbsent(type)
                        .ifPresentOrElse(
                                view -> {
                                    record("service-type.create", "service-type", view.id());
                                    counts.serviceTypes++;
                                },
                                () -> counts.present++);
            }
            return counts;
        });
    }

    private void record(String action, String resource, UUID id) {
        audit.append(new AuditEvent(SYSTEM, action, resource, id, null, AuditOutcome.SUCCESS));
    }

    /** What one application of the plan did. */
    static final class Counts {
        int offices;
        int partners;
        int serviceTypes;
        int present;
    }
}
