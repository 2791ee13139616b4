package dev.rigadvisor.catalog;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The advice IDs the rules may cite, from {@code facts/advice.json}, validated. */
public record AdviceRegistry(List<Advice> advice) {

    public static final String FILE = "advice.json";
    static final List<String> DOCUMENTS = List.of("MF", "HG", "MF+HG");
    private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]+");

    record AdviceFile(List<Advice> advice) { }

    public AdviceRegistry {
        advice = List.copyOf(advice);
    }

    public static AdviceRegistry load(Path factsDir) {
        Path file = factsDir.resolve(FILE);
        String name = file.toString();
        List<Advice> entries = JsonInput.read(file, AdviceFile.class).advice();
        if (entries == null || entries.isEmpty()) {
            throw new BadInput(name, "$.advice", "must be a non-empty list");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            check(entries.get(i), name, "$.advice[" + i + "]", ids);
        }
        return new AdviceRegistry(entries);
    }

    private static void check(Advice a, String file, String at, Set<String> ids) {
        if (a == null) {
            throw new BadInput(file, at, "is null; expected an object");
        }
        text(file, at + ".id", a.id());
        if (!ID.matcher(a.id()).matches()) {
            throw new BadInput(file, at + ".id", "\"" + a.id() + "\" is not an advice ID like MEM-1");
        }
        if (!ids.add(a.id())) {
            throw new BadInput(file, at + ".id", "duplicate id \"" + a.id() + "\"");
        }
        text(file, at + ".document", a.document());
        if (!DOCUMENTS.contains(a.document())) {
            throw new BadInput(file, at + ".document", NearestName.hint("document", a.document(), DOCUMENTS));
        }
        text(file, at + ".section", a.section());
        text(file, at + ".summary", a.summary());
    }

    private static void text(String file, String at, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInput(file, at, "is missing or empty");
        }
    }

    public Optional<Advice> find(String id) {
        return advice.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return advice.stream().map(Advice::id).toList();
    }
}
