package org.claimtally.model;

import java.util.List;

/**
 * Everything a report is made from: what was read ({@code inputs}, the lexicon used), the
 * documents, their claims, the facts and the problems met. Facts name their members by row
 * among {@code claims}; every row must lie inside them.
 */
public record RunResult(String inputs, String lexicon, List<DocSummary> documents, List<Claim> claims,
                        List<Fact> facts, List<Problem> problems) {
    public RunResult {
        inputs = inputs == null ? "" : inputs;
        lexicon = lexicon == null ? "" : lexicon;
        documents = List.copyOf(documents);
        claims = RunClaims.of(claims); // read-only; claims kept on disk stay there
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
        for (Fact f : facts) {
            FactMembers members = FactMembers.of(f.members());
            for (int k = 0; k < members.size(); k++) {
                if (members.row(k) >= claims.size()) {
                    throw new IllegalArgumentException("fact " + f.id() + ": member " + k + " has row " + members.row(k)
                            + ", outside the run's " + claims.size() + " claims");
                }
            }
        }
    }

    /** Core claims; a run's claims on disk answer without reading them back. */
    public long coreClaims() {
        return RunClaims.of(claims).coreCount();
    }

    public long conflicts() {
        return facts.stream().filter(f -> f.status() == Status.CONFLICT).count();
    }

    public long corroborated() {
        return facts.stream().filter(f -> f.grade() == Grade.CORROBORATED).count();
    }
}
