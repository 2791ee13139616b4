package dev.rigadvisor.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rig catalog check} reports beyond the load-time checks (which reject a broken catalog outright):
 * names so close that one is probably a second copy of the other, and one device described with different figures
 * in two machines.
 */
public record CatalogReview(int machines, int models, List<Path> files, List<String> findings) {

    /**
     * Two names are near-duplicates when their letters and digits are the same ("rtx-5070-ti" and "rtx5070-ti"):
     * names one letter or number apart are real neighbours (RX 7900 XT and XTX, GLM-4.5 and 4.6).
     */
    static boolean nearDuplicate(String a, String b) {
        return NearestName.plain(a).equals(NearestName.plain(b));
    }

    public static CatalogReview of(Path factsDir) {
        return of(factsDir, null);
    }

    /** The shipped catalog with a user catalog over it (when {@code userDir} holds one). */
    public static CatalogReview of(Path factsDir, Path userDir) {
        Catalog catalog = UserCatalog.overlay(Catalog.load(factsDir), userDir);
        List<Path> files = new ArrayList<>(Catalog.familyFiles(factsDir, "hardware"));
        files.addAll(Catalog.familyFiles(factsDir, "models"));
        if (userDir != null) {
            for (String name : List.of("hardware.json", "models.json")) {
                if (java.nio.file.Files.isRegularFile(userDir.resolve(name))) {
                    files.add(userDir.resolve(name));
                }
            }
        }
        List<String> findings = new ArrayList<>();
        nearDuplicates("machine", catalog.hardware().stream().map(h -> new String[] {h.id(), h.name()}).toList(), findings);
        nearDuplicates("model", catalog.models().stream().map(m -> new String[] {m.id(), m.name()}).toList(), findings);
        sameDeviceDifferentFigures(catalog, findings);
        return new CatalogReview(catalog.hardware().size(), catalog.models().size(), files, findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    private static void nearDuplicates(String kind, List<String[]> entries, List<String> findings) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                String[] a = entries.get(i);
                String[] b = entries.get(j);
                for (int k = 0; k < 2; k++) {
                    if (nearDuplicate(a[k], b[k])) {
                        findings.add(kind + "s " + a[0] + " and " + b[0] + " have near-identical " + (k == 0 ? "ids" : "names")
                                + " (\"" + a[k] + "\", \"" + b[k] + "\"): one may be a copy of the other");
                        break;
                    }
                }
            }
        }
    }

    private static void sameDeviceDifferentFigures(Catalog catalog, List<String> findings) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> firstIn = new LinkedHashMap<>();
        for (Hardware h : catalog.hardware()) {
            for (Device d : h.devices()) {
                if (d.memoryKind() != MemoryKind.dedicated) {
                    continue; // unified chips come in several memory sizes under one name
                }
                String figures = d.memoryGb() + " GB, " + d.bandwidthGbs() + " GB/s, " + d.computeTflops() + " TFLOPS";
                String seen = first.putIfAbsent(d.name(), figures);
                firstIn.putIfAbsent(d.name(), h.id());
                if (seen != null && !seen.equals(figures)) {
                    findings.add("device \"" + d.name() + "\" is " + figures + " in " + h.id() + " but " + seen + " in "
                            + firstIn.get(d.name()));
                }
            }
        }
    }
}
