package dev.rigadvisor.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A workload written on the command line: {@code TASK[:QUALITY]} for a kind given by the flag (--llm coding:hero),
 * or {@code KIND:TASK[:QUALITY]} on its own (video:generate:720p). A video part may be a resolution or a quality.
 */
public final class WorkloadSpec {

    private WorkloadSpec() {
    }

    /** Parses "KIND:TASK[:...]"; {@code taken} holds the ids already used, and the new id is added to it. */
    public static Workload parse(String flag, String text, Set<String> taken) {
        String[] parts = text.split(":", 2);
        List<String> kinds = Arrays.stream(Workload.Kind.values()).map(WorkloadSpec::kindName).toList();
        Workload.Kind kind = Arrays.stream(Workload.Kind.values()).filter(k -> kindName(k).equals(parts[0]))
                .findFirst().orElseThrow(() -> new BadInput(flag, null, NearestName.hint("workload kind", parts[0], kinds)
                        + " (write KIND:TASK, e.g. video:generate:720p)"));
        if (parts.length < 2) {
            throw new BadInput(flag, null, "\"" + text + "\" names no task; write " + parts[0] + ":TASK, e.g. "
                    + parts[0] + ":" + Scenarios.TASKS.get(kind).get(0));
        }
        return parse(flag, kind, parts[1], taken);
    }

    /** Parses "TASK[:QUALITY|RESOLUTION]..." for a known kind. */
    public static Workload parse(String flag, Workload.Kind kind, String text, Set<String> taken) {
        String[] parts = text.split(":", -1);
        String task = parts[0];
        List<String> tasks = Scenarios.TASKS.get(kind);
        if (!tasks.contains(task)) {
            throw new BadInput(flag, null, NearestName.hint(kindName(kind) + " task", task, tasks));
        }
        Workload.Quality quality = null;
        String resolution = null;
        List<String> qualities = Arrays.stream(Workload.Quality.values()).map(Enum::name).toList();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            if (qualities.contains(part) && quality == null) {
                quality = Workload.Quality.valueOf(part);
            } else if (kind == Workload.Kind.video && Scenarios.RESOLUTIONS.contains(part) && resolution == null) {
                resolution = part;
            } else {
                List<String> expected = new ArrayList<>(qualities);
                if (kind == Workload.Kind.video) {
                    expected.addAll(Scenarios.RESOLUTIONS);
                }
                throw new BadInput(flag, null, NearestName.hint("quality" + (kind == Workload.Kind.video
                        ? " or resolution" : ""), part, expected) + " (in \"" + text + "\")");
            }
        }
        String id = freeId(kindName(kind) + "-" + task, taken);
        return new Workload(id, kind, task, quality, null, null, resolution, null, null);
    }

    public static String kindName(Workload.Kind kind) {
        return kind == Workload.Kind.fine_tune ? "fine-tune" : kind.name();
    }

    private static String freeId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
