package org.mrc.casework.client.humancapital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.mrc.casework.shared.Ids;

/** A language a client speaks; at most one entry per language. Recorded once; a wrong one is removed, not edited. */
@Entity
@Immutable
@Table(name = "client_language")
class ClientLanguage {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CefrLevel level;

    @Column(nullable = false)
    private boolean certified;

    @Column(name = "certificate_name")
    private String certificateName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClientLanguage() {}

    /** Callers must have checked that only a certifiable level is certified and only a certified one names a certificate. */
    static ClientLanguage add(
            UUID clientId, String language, CefrLevel level, boolean certified, String certificateName, Instant now) {
        ClientLanguage entry = new ClientLanguage();
        entry.id = Ids.newId();
        entry.clientId = clientId;
        entry.language = language;
        entry.level = level;
        entry.certified = certified;
        entry.certificateName = certificateName == null || certificateName.isBlank() ? null : certificateName.strip();
        entry.createdAt = now;
        return entry;
    }

    LanguageView view() {
        return new LanguageView(id, language, level, certified, certificateName);
    }

    UUID id() {
        return id;
    }
}
