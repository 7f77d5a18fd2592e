package org.essor.web.patch;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.essor.web.problem.Problem.FieldError;
import org.essor.web.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396) on a resource's editable fields: the patch is merged into the current values, the
 * result is read back into the editable type (unknown fields are a 400) and validated like a full request.
 */
@ApplicationScoped
public class MergePatches {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** The body of a merge patch as JSON; a body that is not JSON is a 400. */
    public JsonNode read(String body) {
        try {
            return json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body is not JSON", List.of());
        }
    }

    public <T> T apply(T current, JsonNode patch, Class<T> editable) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch is a JSON object", List.of());
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, editable);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalidField(e.getPropertyName(), "unknown property");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw ProblemException.badRequest("'" + field + "' has a value of the wrong type",
                    List.of(new FieldError(field, "wrong type")));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The patch could not be applied: " + e.getOriginalMessage(), List.of());
        }
        var violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /** RFC 7396: null removes a member, objects merge recursively, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
