package org.claimtally.model;

import java.util.List;

/**
 * Everything a report is made from: what was read ({@code inputs}, the lexicon used), the
 * documents, their claims, the facts and the problems met.
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
