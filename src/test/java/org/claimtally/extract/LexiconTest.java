package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon is data: users add categories and cues without recompiling. */
class LexiconTest {
    @TempDir
    Path tmp;

    @Test
    void userCategoryIsRecognised() throws Exception {
        Path f = tmp.resolve("mine.csv");
        Files.writeString(f, "kind,term,value,extra\ncategory,tanks,core,\nnoun,tank,tanks,\naction,destroyed,destroyed,\n");
        ClaimExtractor ex = new ClaimExtractor(Lexicon.load(f));
        List<Claim> claims = ex.extract("t.txt", "Ukraine said it destroyed 12 Russian tanks near Bakhmut.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).category()).isEqualTo("tanks");
        assertThat(claims.get(0).core()).isTrue();
        assertThat(claims.get(0).action()).isEqualTo("destroyed");
        assertThat(Lexicon.builtin().isCategory("tanks")).isFalse();
    }

    @Test
    void userRowReplacesBuiltInRow() throws Exception {
        Path f = tmp.resolve("mine.csv");
        Files.writeString(f, "kind,term,value,extra\nqualifier,some,exact,before\n");
        ClaimExtractor ex = new ClaimExtractor(Lexicon.load(f));
        assertThat(ex.extract("t.txt", "Some 40 people were hurt.").get(0).qualifier().label()).isEqualTo("exact");
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "kind,term,value,extra\nnoun,tank,tanks,\nvague,loads,many,lots\n");
        assertThatThrownBy(() -> Lexicon.load(f)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("bad.csv:3:").hasMessageContaining("vague 'loads' needs numbers");
        Files.writeString(f, "kind,term\nnoun,tank\n");
        assertThatThrownBy(() -> Lexicon.load(f)).hasMessageContaining("bad.csv:1:1: header must be");
        Files.writeString(f, "kind,term,value,extra\nweapon,tank,tanks,\n");
        assertThatThrownBy(() -> Lexicon.load(f)).hasMessageContaining("unknown kind 'weapon'");
        Files.writeString(f, "kind,term,value,extra\nnoun,\"tank,tanks,\n");
        assertThatThrownBy(() -> Lexicon.load(f)).hasMessageContaining("bad.csv:").hasMessageContaining("CSV syntax error");
    }

    @Test
    void userTrendWordsAndPhrasalVerbs() throws Exception {
        Path f = tmp.resolve("mine.csv");
        Files.writeString(f, "kind,term,value,extra\ntrend,ballooned,up,\ntrend,slide,down,before after\n"
                + "not_trend,rose up,,\nname_after,lot,,\n");
        ClaimExtractor ex = new ClaimExtractor(Lexicon.load(f));
        assertThat(ex.extract("t.txt", "The deficit ballooned 40% last year.").get(0).trend().label()).isEqualTo("up");
        assertThat(ex.extract("t.txt", "It was a 5% slide.").get(0).trend().label()).isEqualTo("down");
        assertThat(ex.extract("t.txt", "The crowd rose up 300 strong.").get(0).trend().label()).isEmpty();
        assertThat(ex.extract("t.txt", "He parked on the 45 lot.")).isEmpty();
    }

    @Test
    void unknownTrendPositionNamesTheChoices() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "kind,term,value,extra\ntrend,soared,up,sideways\n");
        assertThatThrownBy(() -> Lexicon.load(f)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("bad.csv:2:").hasMessageContaining("unknown position 'sideways'")
                .hasMessageContaining("after-percent");
    }

    @Test
    void builtinLexiconLoadsAndHasTheCoreCategories() {
        Lexicon lex = Lexicon.builtin();
        for (String c : List.of("missiles", "drones", "bombs", "shells", "killed", "injured", "casualties", "missing",
                "prisoners", "displaced", "affected", "troops")) {
            assertThat(lex.isCore(c)).as(c).isTrue();
        }
        assertThat(lex.isCore("money")).isFalse();
    }

    /** Every class of function words the grammar consults comes from the lexicon, and a user's lexicon adds to it. */
    @org.junit.jupiter.api.Test
    void functionWordClassesAreLexiconKinds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Lexicon builtin = Lexicon.builtin();
        for (WordClass c : WordClass.values()) {
            org.assertj.core.api.Assertions.assertThat(java.util.Arrays.stream(WordClass.values())
                    .filter(x -> x.kind().equals(c.kind())).count()).isEqualTo(1);
        }
        org.assertj.core.api.Assertions.assertThat(builtin.is(WordClass.LOCATIVE, "near")).isTrue();
        org.assertj.core.api.Assertions.assertThat(builtin.is(WordClass.LOCATIVE, "beside")).isFalse();
        java.nio.file.Path mine = java.nio.file.Files.writeString(dir.resolve("mine.csv"), "kind,term,value,extra\nlocative,beside,,\n");
        Lexicon user = Lexicon.load(mine);
        org.assertj.core.api.Assertions.assertThat(user.is(WordClass.LOCATIVE, "beside")).isTrue();
        org.assertj.core.api.Assertions.assertThat(user.is(WordClass.LOCATIVE, "near")).isTrue();
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.csv"), "kind,term,value,extra\nlocativ,beside,,\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.load(bad)).hasMessageContaining("locative");
    }
}
