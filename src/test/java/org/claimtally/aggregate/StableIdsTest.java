package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact's id follows what it is: adding an article keeps the id of every fact whose claims stay the same. */
class StableIdsTest {
    @TempDir
    Path dir;

    private static Map<Set<String>, String> idsByMembers(RunResult r) {
        Map<Set<String>, String> out = new HashMap<>();
        for (Fact f : r.facts()) {
            Set<String> members = new TreeSet<>();
            for (FactMember m : f.members()) {
                members.add(m.claim(r.claims()).id());
            }
            out.put(members, f.id());
        }
        return out;
    }

    @Test
    void addingAnArticleKeepsTheIdsOfFactsItDoesNotChange() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), """
                file,outlet,url,published,title
                a.txt,Daily One,,2024-05-04,Shelling in Dorvask
                b.txt,Second Desk,,2024-05-04,Drones over Kelmora
                c.txt,Third Wire,,2024-05-05,Power cut
                """);
        Files.writeString(dir.resolve("a.txt"), "Shelling in Dorvask\n\nShelling killed 12 people in Dorvask on "
                + "Saturday and wounded 30, officials said.\n");
        Files.writeString(dir.resolve("b.txt"), "Drones over Kelmora\n\nThe army said it shot down 41 drones over "
                + "Kelmora overnight.\n");
        RunResult before = AggregationTest.run(dir);
        Map<Set<String>, String> first = idsByMembers(before);
        assertThat(first.values()).allMatch(id -> id.matches("F\\d{8}")).doesNotHaveDuplicates();

        // a fact that sorts first in the report (its category comes first): numbering by place would shift every id
        Files.writeString(dir.resolve("c.txt"), "Power cut\n\nThe strike left 5,000 households without power on "
                + "Sunday, the utility said.\n");
        Map<Set<String>, String> second = idsByMembers(AggregationTest.run(dir));
        assertThat(second.size()).isGreaterThan(first.size());
        first.forEach((members, id) -> assertThat(second.get(members)).as(members.toString()).isEqualTo(id));
    }
}
