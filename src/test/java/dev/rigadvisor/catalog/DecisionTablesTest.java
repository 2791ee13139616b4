package dev.rigadvisor.catalog;

import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTablesTest {

    @Test
    void aBadCellIsReportedAtItsFileLineAndColumn(@TempDir Path dir) {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        Path file = rules.resolve("tables/use-cases.csv");
        TestFolders.edit(file, "Coding Assistant,llm,coding,daily,qwen3.6-35b-a3b,Q4_K_M,48,",
                "Coding Assistant,llm,coding,daily,qwen3.6-35b-a3b,Q4_K_M,forty-eight,");
        BadInput e = assertThrows(BadInput.class, () -> DecisionTables.load(rules));
        assertEquals(file.toString(), e.file());
        assertEquals("3: column minHardwareGb", e.place());
        assertTrue(e.getMessage().startsWith(file + ":3: column minHardwareGb: "), e.getMessage());
        assertTrue(e.problem().contains("forty-eight"), e.problem());
    }
}
