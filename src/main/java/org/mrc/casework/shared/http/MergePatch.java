package org.mrc.casework.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/** JSON Merge Patch (RFC 7396): members set to null are removed, objects merge recursively, the rest replaces. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    /** Applies {@code patch} to a copy of {@code target}. The patch must be a JSON object. */
    public static ObjectNode apply(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A merge patch must be a JSON object");
        }
        ObjectNode result = target.deepCopy();
        merge(result, (ObjectNode) patch);
        return result;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
