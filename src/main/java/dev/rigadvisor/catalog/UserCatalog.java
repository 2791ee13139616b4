package dev.rigadvisor.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's own machines and models, in a folder beside the shipped catalog ({@code ~/.config/rig-advisor/} or
 * {@code --user-catalog DIR}) with the same files ({@code hardware.json}, {@code models.json}) and schema. They
 * overlay the shipped catalog: an entry of the same id takes the shipped one's place. The shipped {@code facts/}
 * stay as shipped. Each user entry's source starts with {@link #MARK} and the file, so the card shows where it came from.
 */
public final class UserCatalog {

    public static final String MARK = "your catalog";

    private UserCatalog() {
    }

    /** $RIG_USER_CATALOG, else ~/.config/rig-advisor. */
    public static Path defaultDir() {
        String env = System.getenv("RIG_USER_CATALOG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".config", "rig-advisor");
    }

    /** The shipped catalog with the user's entries over it; the shipped one itself when the folder has none. */
    public static Catalog overlay(Catalog shipped, Path dir) {
        if (dir == null) {
            return shipped;
        }
        Path hw = dir.resolve("hardware.json");
        Path md = dir.resolve("models.json");
        if (!Files.isRegularFile(hw) && !Files.isRegularFile(md)) {
            return shipped;
        }
        List<Hardware> machines = Files.isRegularFile(hw)
                ? CatalogSchema.read(hw, "hardware", Catalog.HardwareFile.class).hardware() : List.of();
        List<Model> models = Files.isRegularFile(md)
                ? CatalogSchema.read(md, "models", Catalog.ModelFile.class).models() : List.of();
        List<Catalog.Origin> hardwareOrigins = new ArrayList<>();
        List<Catalog.Origin> modelOrigins = new ArrayList<>();
        List<Hardware> allMachines = new ArrayList<>();
        List<Model> allModels = new ArrayList<>();
        for (Hardware h : shipped.hardware()) {
            if (machines.stream().noneMatch(m -> m.id().equals(h.id()))) {
                hardwareOrigins.add(new Catalog.Origin("the shipped catalog", "$.hardware (" + h.id() + ")"));
                allMachines.add(h);
            }
        }
        for (int i = 0; i < machines.size(); i++) {
            hardwareOrigins.add(new Catalog.Origin(hw.toString(), "$.hardware[" + i + "]"));
            allMachines.add(marked(machines.get(i), hw));
        }
        for (Model m : shipped.models()) {
            if (models.stream().noneMatch(u -> u.id().equals(m.id()))) {
                modelOrigins.add(new Catalog.Origin("the shipped catalog", "$.models (" + m.id() + ")"));
                allModels.add(m);
            }
        }
        for (int i = 0; i < models.size(); i++) {
            modelOrigins.add(new Catalog.Origin(md.toString(), "$.models[" + i + "]"));
            allModels.add(marked(models.get(i), md));
        }
        Catalog catalog = new Catalog(allMachines, allModels, shipped.quantizations(), shipped.parameters());
        new Catalog.CatalogCheck(catalog, hardwareOrigins, modelOrigins, "quantizations", "parameters").run();
        return catalog;
    }

    /** The one machine a file describes (the layout of hardware.json), marked as the user's. */
    public static Hardware machineFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file.toString(), "", "no such file (--have takes a catalog id, 'detect' or a .json file)");
        }
        List<Hardware> machines = CatalogSchema.read(file, "hardware", Catalog.HardwareFile.class).hardware();
        if (machines.size() != 1) {
            throw new BadInput(file.toString(), "$.hardware", "holds " + machines.size() + " machines; give one");
        }
        Hardware machine = marked(machines.get(0), file);
        new Catalog.CatalogCheck(new Catalog(List.of(machine), List.of(), List.of(), List.of()),
                List.of(new Catalog.Origin(file.toString(), "$.hardware[0]")), List.of(), "quantizations", "parameters").run();
        return machine;
    }

    /** Whether an entry's source says it comes from a user catalog. */
    public static boolean isUsers(String source) {
        return source != null && source.startsWith(MARK);
    }

    private static Hardware marked(Hardware h, Path file) {
        return new Hardware(h.id(), h.name(), h.option(), h.devices(), h.systemRamGb(), h.priceUsd(), h.powerW(),
                h.cpuArch(), h.os(), h.portable(), mark(file, h.source()), h.assumptions());
    }

    private static Model marked(Model m, Path file) {
        return new Model(m.id(), m.name(), m.aliases(), m.modality(), m.architecture(), m.totalParamsB(),
                m.activeParamsB(), m.layers(), m.kvHeads(), m.headDim(), m.attention(), m.maxContextTokens(),
                m.requires(), m.licence(), m.commercialUse(), m.footprints(), mark(file, m.source()), m.assumptions());
    }

    private static String mark(Path file, String source) {
        return MARK + " (" + file + "): " + (source == null ? "no source given" : source);
    }
}
