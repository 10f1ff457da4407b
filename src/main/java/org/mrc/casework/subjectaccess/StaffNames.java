package org.mrc.casework.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The report as it leaves the service: its JSON tree, with every member that names a member of staff (the token
 * subject the parts record as {@code recordedBy}, {@code proposedBy}...) removed unless the deployment names staff
 * ({@code mrc.subject-access.show-staff}). The parts are the features' own views, which name staff for colleagues;
 * the person learns the role and office instead. A test walks the report's types so that a new member naming staff
 * must be listed in {@link #MEMBERS}.
 */
@ApplicationScoped
public class StaffNames {

    /** Members of the report's parts that hold a staff member's subject. */
    static final Set<String> MEMBERS = Set.of(
            "recordedBy", "withdrawalRecordedBy", "proposedBy", "decidedBy", "mergedBy", "undoneBy", "staffSubject");

    private final ObjectMapper json;
    private final SubjectAccessConfig config;

    StaffNames(ObjectMapper json, SubjectAccessConfig config) {
        this.json = json;
        this.config = config;
    }

    /** The report's JSON tree, staff named only where the deployment says so. */
    public JsonNode tree(SubjectAccessReport report) {
        JsonNode tree = json.valueToTree(report);
        if (!config.showStaff()) {
            strip(tree);
        }
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(MEMBERS);
        }
        node.forEach(StaffNames::strip);
    }
}
