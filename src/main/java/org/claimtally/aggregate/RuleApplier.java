package org.claimtally.aggregate;

import org.claimtally.event.Features;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.RunClaims;

/**
 * Applies {@link FactRules} to numbered facts. Merged facts keep the lowest id; claims split
 * off get the id of their fact with a suffix (F55199733.1); every changed fact says which rule
 * line changed it, so a report made with rules shows it.
 */
final class RuleApplier {
    private RuleApplier() {
    }

    static List<Fact> apply(List<Fact> facts, Map<String, FactGrouper.Group> byId, FactRules rules,
                            Originators docs, RunClaims claims) {
        Map<String, FactGrouper.Group> groups = new LinkedHashMap<>(byId);
        Map<String, String> notes = new LinkedHashMap<>();
        for (FactRules.Rule rule : rules.rules()) {
            String note = (rule.kind().equals("merge") ? "merged" : "split") + " by rule at " + rules.source()
                    + " line " + rule.line();
            if (rule.kind().equals("merge")) {
                merge(groups, rule, note, notes);
            } else {
                split(groups, rule, note, notes);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<String, FactGrouper.Group> e : groups.entrySet()) {
            Fact f = FactSummary.fact(e.getKey(), e.getValue(), docs, claims);
            out.add(FactSummary.withId(f, e.getKey(), notes.getOrDefault(e.getKey(), "")));
        }
        FactSummary.sort(out, claims);
        return out;
    }

    private static Set<String> select(Map<String, FactGrouper.Group> groups, String selector) {
        Set<String> ids = new LinkedHashSet<>();
        if (selector.isEmpty()) {
            return ids;
        }
        if (FactRules.isFactId(selector)) {
            if (groups.containsKey(selector.strip())) {
                ids.add(selector.strip());
            }
            return ids;
        }
        groups.forEach((id, g) -> {
            if (g.members.stream().anyMatch(f -> FactRules.matches(selector, f.claim))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static void merge(Map<String, FactGrouper.Group> groups, FactRules.Rule rule, String note,
                              Map<String, String> notes) {
        Set<String> ids = select(groups, rule.select());
        ids.addAll(select(groups, rule.with()));
        if (ids.size() < 2) {
            return;
        }
        String keep = ids.stream().min(RuleApplier::byNumber).orElseThrow();
        FactGrouper.Group target = groups.get(keep);
        for (String id : ids) {
            if (!id.equals(keep)) {
                FactGrouper.Group g = groups.remove(id);
                target.members.addAll(g.members);
                notes.remove(id);
            }
        }
        notes.merge(keep, note + " (" + String.join(", ", ids) + ")", (a, b) -> a + "; " + b);
    }

    private static void split(Map<String, FactGrouper.Group> groups, FactRules.Rule rule, String note,
                              Map<String, String> notes) {
        boolean byId = FactRules.isFactId(rule.select());
        for (String id : new ArrayList<>(groups.keySet())) {
            FactGrouper.Group g = groups.get(id);
            List<Features> leaving = new ArrayList<>();
            for (Features f : g.members) {
                if (byId ? id.equals(rule.select().strip()) : FactRules.matches(rule.select(), f.claim)) {
                    leaving.add(f);
                }
            }
            if (leaving.isEmpty() || leaving.size() == g.members.size() && g.members.size() == 1) {
                continue;
            }
            int n = 1;
            if (leaving.size() == g.members.size()) {
                leaving.remove(0); // the first claim keeps the fact's id
            }
            for (Features f : leaving) {
                g.members.remove(f);
                FactGrouper.Group alone = new FactGrouper.Group();
                alone.members.add(f);
                String newId = id + "." + n++;
                while (groups.containsKey(newId)) {
                    newId = id + "." + n++;
                }
                groups.put(newId, alone);
                notes.put(newId, note + " (from " + id + ")");
            }
            notes.merge(id, note, (a, b) -> a + "; " + b);
        }
    }

    private static int byNumber(String a, String b) {
        return Double.compare(number(a), number(b));
    }

    private static double number(String id) {
        return Double.parseDouble(id.substring(1));
    }

    static List<FactMember> members(Fact f) {
        return f.members();
    }
}
