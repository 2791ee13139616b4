package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An API request as the command line it stands for (the server's own audit folder added to a recommendation), so the API answers with the CLI's own contract: the same JSON,
 * the same one-line errors. Only the fields each endpoint names become options, each written as one "--name=value"
 * argument and the ids after "--", so no value can be read as another option; a scenario travels as a sent file
 * named {@link #SCENARIO}, never as a path.
 */
public record Call(List<String> args, Map<String, byte[]> files) {

    /** The name a scenario sent in a request goes by, in cards and errors. */
    public static final String SCENARIO = "<request>";

    /** The most workloads one request may hold. */
    public static final int MAX_WORKLOADS = 64;

    private static final Set<String> FIT = Set.of("model", "on", "quant", "context", "task", "resolution", "params",
            "active", "layers", "kvHeads", "headDim", "memoryGb", "bandwidthGbs", "unified", "systemRamGb", "cuda");
    private static final Set<String> SCENARIO_FLAGS = Set.of("llm", "image", "video", "fineTune", "context", "parallel",
            "model", "budget", "os", "portable", "cuda", "apiSpend", "together", "considering", "name");
    private static final Set<String> HARDWARE = Set.of("minMemory", "maxPrice", "os", "cuda", "unified", "portable");
    private static final Set<String> MODELS = Set.of("kind", "minParams", "maxParams", "moe");

    /** POST /api/recommend: the body is the scenario; ?have=ID and ?format= as the CLI's options. */
    public static Call recommend(String body, Map<String, String> query, java.nio.file.Path auditDir) {
        ObjectNode scenario = object(body, "request body");
        Call call = new Call(new ArrayList<>(List.of("recommend")), new LinkedHashMap<>());
        call.options(query, Set.of("have", "format"), "query");
        call.args.add(auditDir == null ? "--no-audit" : "--audit-dir=" + auditDir);
        return call.formatDefault().scenario(scenario, "request body").positional(List.of(SCENARIO));
    }

    /** POST /api/fit: a catalog model or ad hoc numbers, on a catalog machine or ad hoc numbers. */
    public static Call fit(String body) {
        ObjectNode request = object(body, "request body");
        Call call = new Call(new ArrayList<>(List.of("fit", "--format=json")), new LinkedHashMap<>());
        JsonNode model = request.remove("model");
        call.options(request, FIT);
        return call.positional(model == null ? List.of() : List.of(text(model, "model")));
    }

    /** POST /api/compare: {"machines": [2-4 ids], "scenario": {...}} or the workload fields of 'rig ask'. */
    public static Call compare(String body) {
        ObjectNode request = object(body, "request body");
        Call call = new Call(new ArrayList<>(List.of("compare", "--format=json")), new LinkedHashMap<>());
        JsonNode machines = request.remove("machines");
        if (machines == null || !machines.isArray() || machines.size() < 2 || machines.size() > 4) {
            throw new BadInput("machines", null, "give 2 to 4 catalog machine ids to compare, e.g. [\"dgx-spark\", "
                    + "\"rtx-5090-build\"]");
        }
        JsonNode scenario = request.remove("scenario");
        if (scenario != null) {
            call.args.add("--scenario=" + SCENARIO);
            call.scenario(scenario, "scenario");
        }
        call.workloadsBounded(request);
        call.options(request, SCENARIO_FLAGS);
        return call.positional(texts(machines, "machines"));
    }

    /** POST /api/what-if: {"scenario": {...}, "set": [..], "addWorkload": [..], "removeWorkload": [..], "have": ID}. */
    public static Call whatIf(String body) {
        ObjectNode request = object(body, "request body");
        Call call = new Call(new ArrayList<>(List.of("what-if", "--format=json")), new LinkedHashMap<>());
        call.scenario(required(request, "scenario"), "scenario");
        call.options(request, Set.of("set", "addWorkload", "removeWorkload", "have"));
        return call.positional(List.of(SCENARIO));
    }

    /** POST /api/explain: {"scenario": {...}, "hardware": ID}: the chain that chose, or why not that machine. */
    public static Call explain(String body) {
        ObjectNode request = object(body, "request body");
        Call call = new Call(new ArrayList<>(List.of("explain", "--format=json")), new LinkedHashMap<>());
        call.scenario(required(request, "scenario"), "scenario");
        call.options(request, Set.of("hardware"));
        return call.positional(List.of(SCENARIO));
    }

    /** GET /api/hardware and /api/models: the listing's filters as query parameters. */
    public static Call listing(String command, Map<String, String> query) {
        Call call = new Call(new ArrayList<>(List.of(command, "--format=json")), new LinkedHashMap<>());
        call.options(query, command.equals("hardware") ? HARDWARE : MODELS, "query");
        return call;
    }

    /** GET /api/advice. */
    public static Call advice() {
        return new Call(new ArrayList<>(List.of("advice", "--format=json")), new LinkedHashMap<>());
    }

    private Call formatDefault() {
        if (args.stream().noneMatch(a -> a.startsWith("--format="))) {
            args.add("--format=json");
        }
        return this;
    }

    private Call scenario(JsonNode scenario, String field) {
        if (!scenario.isObject()) {
            throw new BadInput(field, null, "expected a scenario object, e.g. {\"name\": \"...\", \"workloads\": [...]}");
        }
        JsonNode workloads = scenario.get("workloads");
        if (workloads != null && workloads.size() > MAX_WORKLOADS) {
            throw new BadInput(field, "workloads", workloads.size() + " workloads; a request may hold at most "
                    + MAX_WORKLOADS);
        }
        files.put(SCENARIO, scenario.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void workloadsBounded(ObjectNode request) {
        int count = 0;
        for (String kind : List.of("llm", "image", "video", "fineTune")) {
            JsonNode value = request.get(kind);
            count += value == null ? 0 : value.isArray() ? value.size() : 1;
        }
        if (count > MAX_WORKLOADS) {
            throw new BadInput("request body", null, count + " workloads; a request may hold at most " + MAX_WORKLOADS);
        }
    }

    private Call positional(List<String> values) {
        if (!values.isEmpty()) {
            args.add("--");
            args.addAll(values);
        }
        return this;
    }

    private void options(Map<String, String> query, Set<String> allowed, String where) {
        for (Map.Entry<String, String> e : query.entrySet()) {
            String name = camel(e.getKey());
            if (!allowed.contains(name)) {
                throw new BadInput(where, e.getKey(), "unknown parameter; expected one of " + new java.util.TreeSet<>(allowed));
            }
            args.add("--" + kebab(name) + "=" + e.getValue());
        }
    }

    private void options(ObjectNode request, Set<String> allowed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!allowed.contains(e.getKey())) {
                throw new BadInput("request body", e.getKey(), "unknown field; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
            String option = "--" + kebab(e.getKey());
            JsonNode value = e.getValue();
            if (value.isBoolean()) {
                if (value.booleanValue()) {
                    args.add(option);
                }
            } else if (value.isArray()) {
                texts(value, e.getKey()).forEach(v -> args.add(option + "=" + v));
            } else if (!value.isNull()) {
                args.add(option + "=" + text(value, e.getKey()));
            }
        }
    }

    private static ObjectNode object(String body, String where) {
        JsonNode node = JsonInput.parse(where, body, JsonNode.class);
        if (!(node instanceof ObjectNode object)) {
            throw new BadInput(where, "1:1", "expected a JSON object");
        }
        return object;
    }

    private static JsonNode required(ObjectNode request, String field) {
        JsonNode value = request.remove(field);
        if (value == null) {
            throw new BadInput("request body", field, "missing; expected a scenario object");
        }
        return value;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(text(v, field)));
        return out;
    }

    private static String text(JsonNode value, String field) {
        if (!value.isValueNode() || value.isNull()) {
            throw new BadInput("request body", field, "expected text or a number");
        }
        return value.asText();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
