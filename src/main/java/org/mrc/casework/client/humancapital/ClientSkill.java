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

/** A skill of a client. Recorded once; one entered by mistake is removed, not edited. */
@Entity
@Immutable
@Table(name = "client_skill")
class ClientSkill {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkillAcquisition acquired;

    @Column(nullable = false)
    private boolean certified;

    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClientSkill() {}

    static ClientSkill add(
            UUID clientId, String name, SkillAcquisition acquired, boolean certified, String country, Instant now) {
        ClientSkill skill = new ClientSkill();
        skill.id = Ids.newId();
        skill.clientId = clientId;
        skill.name = name.strip();
        skill.acquired = acquired;
        skill.certified = certified;
        skill.country = country;
        skill.createdAt = now;
        return skill;
    }

    SkillView view() {
        return new SkillView(id, name, acquired, certified, country);
    }
}
