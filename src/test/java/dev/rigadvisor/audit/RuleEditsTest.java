package dev.rigadvisor.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleEditsTest {

    static final String BEFORE = """
            package rules.x

            rule "a: kept"
                agenda-group "pick"
            when
                $w : Workload()
            then
                insertLogical(new Need($w.id(), 8, "x", null));
            end

            rule "b: \\"quoted\\" and edited"
            when
            then
                System.out.println("old");
            end

            rule "c: removed"
            when
            then
            end
            """;

    @Test
    void namesTheRulesEditedAddedAndRemoved() {
        String after = BEFORE.replace("\"old\"", "\"new\"").replace("rule \"c: removed\"", "rule \"d: added\"")
                .replace("insertLogical(new Need($w.id(), 8, \"x\", null));", "insertLogical(new Need($w.id(), 8, \"x\", null));   ");
        assertEquals(List.of(new Replay.RuleEdit("rules/x.drl", "b: \\\"quoted\\\" and edited", "edited"),
                        new Replay.RuleEdit("rules/x.drl", "c: removed", "removed"),
                        new Replay.RuleEdit("rules/x.drl", "d: added", "added")),
                RuleEdits.between("rules/x.drl", BEFORE, after));
    }

    @Test
    void aNewOrDeletedFileAddsOrRemovesEveryRule() {
        assertEquals(3, RuleEdits.between("rules/x.drl", null, BEFORE).stream().filter(e -> e.change().equals("added")).count());
        assertEquals(3, RuleEdits.between("rules/x.drl", BEFORE, null).stream().filter(e -> e.change().equals("removed")).count());
    }
}
