package dev.rigadvisor.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules are code and load only from the folder given; scenario and catalog files are data and never name a class. */
class TrustBoundaryTest {

    private static final String RULE = """
            package rules.%1$s
            import dev.rigadvisor.catalog.Scenario;
            rule "%1$s"
                @advice("TEST-1")
                @source("test fixture")
                agenda-group "pick"
            when
                Scenario()
            then
            end
            """;

    @Test
    void onlyTheDrlFilesDirectlyInTheGivenFolderAreLoaded(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("given.drl"), RULE.formatted("given"));
        Files.writeString(Files.createDirectories(rules.resolve("nested")).resolve("nested.drl"), RULE.formatted("nested"));
        Files.writeString(rules.resolve("renamed.drl.txt"), RULE.formatted("renamed"));
        Files.writeString(dir.resolve("beside.drl"), RULE.formatted("beside"));

        RuleBase base = RuleBase.build(rules);

        assertEquals(1, base.rules().size(), base.rules().toString());
        assertEquals("given", base.rules().get(0).name());
    }

    @Test
    void dataIsReadWithoutPolymorphicTyping() {
        ObjectMapper mapper = JsonInput.mapper();
        for (Class<?> type : new Class<?>[] {Object.class, Scenario.class}) {
            assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(type)),
                    "default typing is on for " + type);
        }
    }

    @Test
    void aScenarioNamingAClassIsRefusedAtThatField() {
        BadInput refused = assertThrows(BadInput.class, () -> JsonInput.read(
                Path.of("src/test/resources/bad-input/scenarios/class-field.json"), Scenario.class));
        assertEquals("$.@class", refused.place().replaceFirst("^\\d+:\\d+: ", ""));
        assertTrue(refused.problem().startsWith("unknown field \"@class\""), refused.problem());
    }
}
