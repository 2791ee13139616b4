package dev.rigadvisor.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The hardware, model, quantization and parameter catalogs from {@code facts/}, validated. */
public record Catalog(
        List<Hardware> hardware,
        List<Model> models,
        List<Quantization> quantizations,
        List<Parameter> parameters) {

    record HardwareFile(List<Hardware> hardware) { }

    record ModelFile(List<Model> models) { }

    record QuantizationFile(List<Quantization> quantizations) { }

    record ParameterFile(List<Parameter> parameters) { }

    /** The largest size of a parameter: enough for any weight, efficiency or overhead the rules use. */
    static final double MAX_PARAMETER = 1_000_000;

    public Catalog {
        hardware = List.copyOf(hardware);
        models = List.copyOf(models);
        quantizations = List.copyOf(quantizations);
        parameters = List.copyOf(parameters);
    }

    /** Where an entry was read from: its file and its place in that file's list. */
    record Origin(String file, String place) { }

    public static Catalog load(Path factsDir) {
        Path qz = factsDir.resolve("quantizations.json");
        List<Origin> hardwareOrigins = new java.util.ArrayList<>();
        List<Origin> modelOrigins = new java.util.ArrayList<>();
        List<Origin> parameterOrigins = new java.util.ArrayList<>();
        List<Hardware> machines = new java.util.ArrayList<>();
        List<Model> models = new java.util.ArrayList<>();
        for (Path file : familyFiles(factsDir, "hardware")) {
            List<Hardware> read = JsonInput.read(file, HardwareFile.class).hardware();
            machines.addAll(required(read, file, "hardware"));
            for (int i = 0; i < read.size(); i++) {
                hardwareOrigins.add(new Origin(file.toString(), "$.hardware[" + i + "]"));
            }
        }
        for (Path file : familyFiles(factsDir, "models")) {
            List<Model> read = JsonInput.read(file, ModelFile.class).models();
            models.addAll(required(read, file, "models"));
            for (int i = 0; i < read.size(); i++) {
                modelOrigins.add(new Origin(file.toString(), "$.models[" + i + "]"));
            }
        }
        Catalog catalog = new Catalog(machines, models,
                required(JsonInput.read(qz, QuantizationFile.class).quantizations(), qz, "quantizations"),
                parameters(factsDir, parameterOrigins));
        new CatalogCheck(catalog, hardwareOrigins, modelOrigins, qz.toString(), parameterOrigins).run();
        // the published schemas last: the checks above say more about what they find (the entry, a did-you-mean)
        for (String kind : List.of("hardware", "models", "parameters")) {
            for (Path file : familyFiles(factsDir, kind)) {
                CatalogSchema.check(file, kind);
            }
        }
        return catalog;
    }

    /** parameters.json, then each parameters/<group>.json (parameters that belong to one family of entries). */
    private static List<Parameter> parameters(Path factsDir, List<Origin> origins) {
        List<Parameter> all = new java.util.ArrayList<>();
        for (Path file : familyFiles(factsDir, "parameters")) {
            List<Parameter> read = required(JsonInput.read(file, ParameterFile.class).parameters(), file, "parameters");
            for (int i = 0; i < read.size(); i++) {
                origins.add(new Origin(file.toString(), "$.parameters[" + i + "]"));
            }
            all.addAll(read);
        }
        return all;
    }

    /**
     * The files of one kind of entry: {@code facts/<kind>.json}, then each {@code facts/<kind>/<family>.json} in
     * name order. Ids are unique across all of them.
     */
    public static List<Path> familyFiles(Path factsDir, String kind) {
        List<Path> files = new java.util.ArrayList<>();
        files.add(factsDir.resolve(kind + ".json"));
        Path folder = factsDir.resolve(kind);
        if (java.nio.file.Files.isDirectory(folder)) {
            try (var listing = java.nio.file.Files.list(folder)) {
                listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (java.io.IOException e) {
                throw new BadInput(folder.toString(), "", "cannot list: " + e.getMessage());
            }
        }
        return files;
    }

    private static <T> List<T> required(List<T> list, Path file, String key) {
        if (list == null || list.isEmpty()) {
            throw new BadInput(file.toString(), "$." + key, "must be a non-empty list");
        }
        Limits.count(file.toString(), "$." + key, list.size(), Limits.CATALOG_ENTRIES, "entries");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new BadInput(file.toString(), "$." + key + "[" + i + "]", "is null; expected an object");
            }
        }
        return list;
    }

    /** This catalog with one more machine, or with it in place of the machine of the same id. */
    public Catalog withHardware(Hardware extra) {
        List<Hardware> machines = new java.util.ArrayList<>(hardware.stream().filter(h -> !h.id().equals(extra.id())).toList());
        machines.add(extra);
        return new Catalog(machines, models, quantizations, parameters);
    }

    /** This catalog with one more model, or with it in place of the model of the same id. */
    public Catalog withModel(Model extra) {
        List<Model> all = new java.util.ArrayList<>(models.stream().filter(m -> !m.id().equals(extra.id())).toList());
        all.add(extra);
        return new Catalog(hardware, all, quantizations, parameters);
    }

    /** This catalog with only the named machines. */
    public Catalog onlyHardware(java.util.Collection<String> ids) {
        return new Catalog(hardware.stream().filter(h -> ids.contains(h.id())).toList(), models, quantizations,
                parameters);
    }

    public Optional<Hardware> hardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** A model by id, or by one of its aliases, ignoring case. */
    public Optional<Model> model(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        return models.stream().filter(m -> m.id().equalsIgnoreCase(idOrAlias)
                || m.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(idOrAlias))).findFirst();
    }

    public Optional<Quantization> quantization(String id) {
        return quantizations.stream().filter(q -> q.id().equalsIgnoreCase(id)).findFirst();
    }

    public Set<String> hardwareIds() {
        return new TreeSet<>(hardware.stream().map(Hardware::id).toList());
    }

    public Set<String> modelIds() {
        return new TreeSet<>(models.stream().map(Model::id).toList());
    }

    public Set<String> quantizationIds() {
        return new TreeSet<>(quantizations.stream().map(Quantization::id).toList());
    }

    public Map<String, Double> parameterValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.id(), p.value()));
        return values;
    }

    /**
     * Checks that hold across entries: unique ids, possible numbers, and a source for each: hardware and models
     * name their document and section (their assumptions cover single fields, not the entry); a parameter
     * may instead be marked as an assumption with its origin.
     */
    static final class CatalogCheck {
        private final Catalog c;
        private final List<Origin> hardwareOrigins;
        private final List<Origin> modelOrigins;
        private final String qz;
        private final List<Origin> parameterOrigins;

        CatalogCheck(Catalog c, List<Origin> hardwareOrigins, List<Origin> modelOrigins, String qz,
                     List<Origin> parameterOrigins) {
            this.c = c;
            this.hardwareOrigins = hardwareOrigins;
            this.modelOrigins = modelOrigins;
            this.qz = qz;
            this.parameterOrigins = parameterOrigins;
        }

        CatalogCheck(Catalog c, List<Origin> hardwareOrigins, List<Origin> modelOrigins, String qz, String pm) {
            this(c, hardwareOrigins, modelOrigins, qz, inOneFile(pm, "parameters", c.parameters().size()));
        }

        /** A catalog read from single files, each entry at its index. */
        CatalogCheck(Catalog c, String hw, String md, String qz, String pm) {
            this(c, inOneFile(hw, "hardware", c.hardware().size()), inOneFile(md, "models", c.models().size()), qz, pm);
        }

        private static List<Origin> inOneFile(String file, String key, int count) {
            List<Origin> origins = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                origins.add(new Origin(file, "$." + key + "[" + i + "]"));
            }
            return origins;
        }

        void run() {
            Set<String> quantIds = new HashSet<>();
            for (int i = 0; i < c.quantizations().size(); i++) {
                Quantization q = c.quantizations().get(i);
                String at = "$.quantizations[" + i + "]";
                inEntry(q.id(), () -> {
                    id(qz, at, q.id(), quantIds);
                    positive(qz, at + ".bitsPerWeight", q.bitsPerWeight(), 64);
                    whole(qz, at + ".rank", q.rank(), 0, 1000);
                    sourced(qz, at, q.source(), null);
                });
            }
            Set<String> hardwareIds = new HashSet<>();
            for (int i = 0; i < c.hardware().size(); i++) {
                Hardware h = c.hardware().get(i);
                Origin origin = hardwareOrigins.get(i);
                inEntry(h.id(), () -> checkHardware(h, origin.file(), origin.place(), hardwareIds));
            }
            Set<String> modelIds = new HashSet<>();
            Map<String, String> aliases = new HashMap<>();
            for (int i = 0; i < c.models().size(); i++) {
                Model m = c.models().get(i);
                Origin origin = modelOrigins.get(i);
                inEntry(m.id(), () -> checkModel(m, origin.file(), origin.place(), modelIds, aliases, quantIds));
            }
            Set<String> paramIds = new HashSet<>();
            for (int i = 0; i < c.parameters().size(); i++) {
                Parameter p = c.parameters().get(i);
                String pm = parameterOrigins.get(i).file();
                String at = parameterOrigins.get(i).place();
                inEntry(p.id(), () -> {
                    id(pm, at, p.id(), paramIds);
                    sourced(pm, at, p.source(), p.assumption());
                    if (!Double.isFinite(p.value()) || p.value() < 0 && !p.signed()) {
                        throw new BadInput(pm, at + ".value", "must be a number of zero or more" + (p.value() < 0
                                ? " (only score weights, in points, may be negative)" : "") + ", found " + p.value());
                    }
                    if (Math.abs(p.value()) > MAX_PARAMETER) {
                        throw new BadInput(pm, at + ".value", "must be at most " + (long) MAX_PARAMETER
                                + " in size, found " + p.value());
                    }
                });
            }
        }

        /** Runs the checks of one entry; a problem names the entry's id as well as its place. */
        private static void inEntry(String id, Runnable checks) {
            try {
                checks.run();
            } catch (BadInput e) {
                if (id == null || id.isBlank()) {
                    throw e;
                }
                throw new BadInput(e.file(), e.place(), e.problem() + " (entry \"" + id + "\")");
            }
        }

        private void checkHardware(Hardware h, String hw, String at, Set<String> ids) {
            id(hw, at, h.id(), ids);
            text(hw, at + ".name", h.name());
            Limits.text(hw, at + ".source", h.source());
            sourced(hw, at, h.source(), null);
            if (h.devices().isEmpty()) {
                throw new BadInput(hw, at + ".devices", "needs at least one device");
            }
            for (int d = 0; d < h.devices().size(); d++) {
                Device device = h.devices().get(d);
                String dat = at + ".devices[" + d + "]";
                if (device == null) {
                    throw new BadInput(hw, dat, "is null; expected an object");
                }
                if (device.memoryKind() == null) {
                    throw new BadInput(hw, dat + ".memoryKind", "is missing; expected dedicated or unified");
                }
                positive(hw, dat + ".memoryGb", device.memoryGb(), 4096);
                positive(hw, dat + ".bandwidthGbs", device.bandwidthGbs(), 100_000);
                if (device.computeTflops() != null) {
                    positive(hw, dat + ".computeTflops", device.computeTflops(), 1_000_000);
                }
                Limits.name(hw, dat + ".name", device.name());
            }
            if (h.systemRamGb() != null && (!Double.isFinite(h.systemRamGb()) || h.systemRamGb() < 0
                    || h.systemRamGb() > 65_536)) {
                throw new BadInput(hw, at + ".systemRamGb", "must be between 0 and 65536, found " + h.systemRamGb());
            }
            if (h.powerW() != null) {
                positive(hw, at + ".powerW", h.powerW(), 1_000_000);
            }
            if (!Double.isFinite(h.priceUsd()) || h.priceUsd() <= 0 || h.priceUsd() > 10_000_000) {
                throw new BadInput(hw, at + ".priceUsd", "must be above 0 and at most 10,000,000, found " + h.priceUsd());
            }
            if (h.os().isEmpty()) {
                throw new BadInput(hw, at + ".os", "must name at least one of macos, windows, linux");
            }
            for (int o = 0; o < h.os().size(); o++) {
                String os = h.os().get(o);
                if (!List.of("macos", "windows", "linux").contains(os)) {
                    throw new BadInput(hw, at + ".os[" + o + "]", NearestName.hint("os", os, List.of("macos", "windows", "linux")));
                }
            }
        }

        private void checkModel(Model m, String md, String at, Set<String> ids, Map<String, String> aliases,
                                Set<String> quantIds) {
            id(md, at, m.id(), ids);
            text(md, at + ".name", m.name());
            Limits.names(md, at + ".aliases", m.aliases());
            Limits.text(md, at + ".source", m.source());
            sourced(md, at, m.source(), null);
            if (m.modality() == null) {
                throw new BadInput(md, at + ".modality", "is missing; expected llm, image or video");
            }
            if (m.architecture() == null) {
                throw new BadInput(md, at + ".architecture", "is missing; expected dense, moe or diffusion");
            }
            positive(md, at + ".totalParamsB", m.totalParamsB(), 100_000);
            if (m.activeParamsB() != null && (!Double.isFinite(m.activeParamsB()) || m.activeParamsB() <= 0
                    || m.activeParamsB() > m.totalParamsB())) {
                throw new BadInput(md, at + ".activeParamsB", "must be above 0 and at most totalParamsB ("
                        + m.totalParamsB() + "), found " + m.activeParamsB());
            }
            whole(md, at + ".layers", m.layers(), 1, 10_000);
            whole(md, at + ".kvHeads", m.kvHeads(), 1, 10_000);
            whole(md, at + ".headDim", m.headDim(), 1, 100_000);
            whole(md, at + ".maxContextTokens", m.maxContextTokens(), 1, 1_000_000_000);
            for (String alias : m.aliases()) {
                String other = aliases.putIfAbsent(alias.toLowerCase(), m.id());
                if (other != null && !other.equals(m.id())) {
                    throw new BadInput(md, at + ".aliases", "alias \"" + alias + "\" is also an alias of " + other);
                }
            }
            for (int f = 0; f < m.footprints().size(); f++) {
                Footprint fp = m.footprints().get(f);
                String fat = at + ".footprints[" + f + "]";
                if (fp == null) {
                    throw new BadInput(md, fat, "is null; expected an object");
                }
                positive(md, fat + ".memoryGb", fp.memoryGb(), 100_000);
                if (fp.upToGb() != null && (!Double.isFinite(fp.upToGb()) || fp.upToGb() < fp.memoryGb())) {
                    throw new BadInput(md, fat + ".upToGb", "is below memoryGb (" + fp.memoryGb() + ")");
                }
                if (fp.source() == null || fp.source().isBlank()) {
                    throw new BadInput(md, fat + ".source", "is missing");
                }
                Limits.text(md, fat + ".source", fp.source());
            }
        }

        private static void id(String file, String at, String id, Set<String> seen) {
            if (id == null || id.isBlank()) {
                throw new BadInput(file, at + ".id", "is missing");
            }
            Limits.name(file, at + ".id", id);
            if (!seen.add(id)) {
                throw new BadInput(file, at + ".id", "duplicate id \"" + id + "\"");
            }
        }

        /** A name that must be there, and no longer than a name may be. */
        private static void text(String file, String at, String value) {
            if (value == null || value.isBlank()) {
                throw new BadInput(file, at, "is missing");
            }
            Limits.name(file, at, value);
        }

        /** A count, when given: a whole number from {@code min} to {@code max}. */
        private static void whole(String file, String at, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                throw new BadInput(file, at, "must be a whole number from " + min + " to " + max + ", found " + value);
            }
        }

        private static void sourced(String file, String at, String source, String assumption) {
            if ((source == null || source.isBlank()) && (assumption == null || assumption.isBlank())) {
                throw new BadInput(file, at + ".source", "is missing: every entry names its document and section, "
                        + "or marks its values as assumptions with their origin");
            }
        }

        private static void positive(String file, String at, double value, double max) {
            if (!Double.isFinite(value) || value <= 0 || value > max) {
                throw new BadInput(file, at, "must be above 0 and at most " + (long) max + ", found " + value);
            }
        }
    }
}
