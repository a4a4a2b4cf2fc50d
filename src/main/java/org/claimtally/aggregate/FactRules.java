package org.claimtally.aggregate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtally.model.Claim;

/**
 * User overrides of the grouping, from a CSV file with columns {@code rule,select,with}:
 * <pre>
 * rule,select,with
 * merge,F53849491,F20417736              # these facts are one
 * merge,category=killed&amp;quote=*Khan*,    # every fact with such a claim becomes one
 * split,F55199733,                        # each claim of F55199733 stands alone
 * split,doc=*sputnik*&amp;category=killed,   # these claims never join others
 * </pre>
 * A selector is a fact id, or {@code field=glob} terms joined by {@code &amp;} over the claim
 * fields {@code category action actor claimant time doc quote figure}; globs use {@code *}
 * and ignore case. Ids are those of the report made without rules.
 */
public final class FactRules {
    /** One rule: what it does, the selectors, and its line for the report. */
    public record Rule(String kind, String select, String with, long line) {
    }

    private static final List<String> FIELDS = List.of("category", "action", "actor", "claimant", "time", "doc",
            "quote", "figure");
    private final List<Rule> rules;
    private final String source;

    private FactRules(List<Rule> rules, String source) {
        this.rules = List.copyOf(rules);
        this.source = source;
    }

    public static FactRules none() {
        return new FactRules(List.of(), "");
    }

    public List<Rule> rules() {
        return rules;
    }

    public String source() {
        return source;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public static FactRules read(Path file) throws RulesException {
        List<Rule> out = new ArrayList<>();
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(f).get()) {
            if (!p.getHeaderNames().containsAll(List.of("rule", "select"))) {
                throw new RulesException(file + ":1: header must be 'rule,select,with'");
            }
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                String kind = rec.get("rule").toLowerCase(Locale.ROOT);
                String select = rec.get("select");
                String with = rec.isMapped("with") && rec.isSet("with") ? rec.get("with") : "";
                if (!kind.equals("merge") && !kind.equals("split")) {
                    throw new RulesException(file + ":" + line + ": rule must be merge or split, found '" + kind + "'");
                }
                validate(file, line, select);
                if (!with.isEmpty()) {
                    validate(file, line, with);
                }
                out.add(new Rule(kind, select, with, line));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new RulesException(file + ": cannot read rules: " + e.getMessage());
        }
        return new FactRules(out, file.getFileName().toString());
    }

    private static void validate(Path file, long line, String selector) throws RulesException {
        if (selector.isBlank()) {
            throw new RulesException(file + ":" + line + ": empty selector: give a fact id (F53849491) or field=pattern");
        }
        if (isFactId(selector)) {
            return;
        }
        for (String term : selector.split("&")) {
            int eq = term.indexOf('=');
            String field = eq < 0 ? "" : term.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new RulesException(file + ":" + line + ": '" + term.strip() + "' is not field=pattern; fields: "
                        + String.join(", ", FIELDS));
            }
        }
    }

    static boolean isFactId(String s) {
        return s.strip().matches("F\\d+(\\.\\d+)?");
    }

    /** True when a claim matches every field=glob term of the selector. */
    static boolean matches(String selector, Claim c) {
        for (String term : selector.split("&")) {
            int eq = term.indexOf('=');
            String field = term.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String glob = term.substring(eq + 1).strip();
            String value = switch (field) {
                case "category" -> c.category();
                case "action" -> c.action();
                case "actor" -> c.actor();
                case "claimant" -> c.claimant();
                case "time" -> c.time();
                case "doc" -> c.doc();
                case "quote" -> c.quote();
                default -> c.figure();
            };
            if (!globMatches(glob, value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value} matches the {@code *} glob, ignoring case. The literal parts between
     * stars are found in order, each at its leftmost place after the one before: for globs of
     * stars only that is exact, and it costs one scan of the value per part, never the
     * backtracking a regular expression does on "*a*a*a*a*b".
     */
    static boolean globMatches(String glob, String value) {
        String g = glob.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        String[] parts = g.split("\\*", -1);
        if (parts.length == 1) {
            return v.equals(g);
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (!v.startsWith(first) || v.length() < first.length() + last.length() || !v.endsWith(last)) {
            return false;
        }
        int at = first.length();
        int end = v.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int found = v.indexOf(parts[i], at);
            if (found < 0 || found + parts[i].length() > end) {
                return false;
            }
            at = found + parts[i].length();
        }
        return true;
    }
}
