package dev.rigadvisor.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes to a scenario file, made on its JSON before it is read: {@code --set path=value} (a field, a nested
 * field like {@code platform.os}, or a workload's field by id: {@code workloads.llm-coding.contextTokens}),
 * workloads added from a spec and removed by id. The result is read and checked like any scenario file.
 */
public final class ScenarioEdit {

    private final String file;
    private final ObjectNode tree;

    private ScenarioEdit(String file, ObjectNode tree) {
        this.file = file;
        this.tree = tree;
    }

    public static ScenarioEdit of(Path file) {
        JsonNode node = JsonInput.read(file, JsonNode.class);
        if (!(node instanceof ObjectNode object)) {
            throw new BadInput(file.toString(), "1:1", "expected a JSON object at the top level");
        }
        return new ScenarioEdit(file.toString(), object.deepCopy());
    }

    /** Applies "path=value"; the value is JSON when it reads as JSON (10000, true, [..]) and text otherwise. */
    public ScenarioEdit set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new BadInput("--set", null, "\"" + assignment + "\" is not PATH=VALUE, e.g. budgetUsd=10000");
        }
        String path = assignment.substring(0, eq).strip();
        JsonNode value = value(assignment.substring(eq + 1).strip());
        List<String> steps = Arrays.asList(path.split("\\."));
        JsonNode node = tree;
        Type type = Scenario.class;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (node instanceof ArrayNode array) {
                if (last) {
                    throw new BadInput("--set", null, path + " names a list item; set one of its fields");
                }
                node = element(array, step, path);
                type = elementType(type);
                continue;
            }
            RecordComponent component = component(type, step, path);
            ObjectNode object = (ObjectNode) node;
            if (last) {
                object.set(step, value);
                return this;
            }
            if (!object.hasNonNull(step)) {
                object.putObject(step);
            }
            node = object.get(step);
            type = component.getGenericType();
        }
        return this;
    }

    /** Adds a workload written as KIND:TASK[:QUALITY|RESOLUTION], e.g. video:generate:720p. */
    public ScenarioEdit addWorkload(String spec) {
        ArrayNode workloads = workloads();
        Set<String> ids = new HashSet<>();
        workloads.forEach(w -> ids.add(w.path("id").asText()));
        Workload workload = WorkloadSpec.parse("--add-workload", spec, ids);
        workloads.add(ScenarioFile.tree(workload));
        return this;
    }

    public ScenarioEdit removeWorkload(String id) {
        ArrayNode workloads = workloads();
        for (int i = 0; i < workloads.size(); i++) {
            if (id.equals(workloads.get(i).path("id").asText())) {
                workloads.remove(i);
                return this;
            }
        }
        List<String> ids = workloads.findValuesAsText("id");
        throw new BadInput("--remove-workload", null, NearestName.hint("workload id", id, ids));
    }

    /** The changed scenario, read and checked as a scenario file is. */
    public Scenario scenario(Catalog catalog) {
        return Scenarios.parse(file + " (changed)", tree.toPrettyString(), catalog);
    }

    private ArrayNode workloads() {
        if (!(tree.get("workloads") instanceof ArrayNode array)) {
            throw new BadInput(file, "$.workloads", "is not a list");
        }
        return array;
    }

    private static JsonNode value(String text) {
        try {
            return JsonInput.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private static JsonNode element(ArrayNode array, String step, String path) {
        for (JsonNode item : array) {
            if (step.equals(item.path("id").asText(null))) {
                return item;
            }
        }
        if (step.matches("\\d{1,9}") && Integer.parseInt(step) < array.size()) {
            return array.get(Integer.parseInt(step));
        }
        throw new BadInput("--set", null, "no item \"" + step + "\" in " + path + NearestName.to(step,
                array.findValuesAsText("id")).map(n -> "; did you mean \"" + n + "\"?").orElse(""));
    }

    private static RecordComponent component(Type type, String name, String path) {
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            throw new BadInput("--set", null, path + ": \"" + name + "\" is inside a value that has no fields");
        }
        List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
        return components.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow(() ->
                new BadInput("--set", null, NearestName.hint("field", name,
                        components.stream().map(RecordComponent::getName).toList()) + " (in " + path + ")"));
    }

    private static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
