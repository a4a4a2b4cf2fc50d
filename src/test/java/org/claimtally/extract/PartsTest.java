package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;

/** Figures that are parts of the figure before or after them count what it counts (invented sentences). */
class PartsTest {
    static final ClaimExtractor X = new ClaimExtractor(Lexicon.builtin());

    static Claim at(String text, String quoteStart) {
        List<Claim> claims = X.extract("d.txt", text);
        return claims.stream().filter(c -> c.quote().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + quoteStart + "' in " + claims));
    }

    @Test
    void bareNumbersIntroducedAsPartsInheritTheCategory() {
        String s = "The army said it shot down 52 drones overnight, including 30 over the border region and 9 over the lake.";
        assertThat(at(s, "30").category()).isEqualTo("drones");
        assertThat(at(s, "9").category()).isEqualTo("drones");
        assertThat(at(s, "9").cues()).contains(Claim.PART_OF);
    }

    @Test
    void partitivesTakeTheirOwnVerb() {
        Claim c = at("The enemy launched 75 drones, 60 of which were shot down.", "60");
        assertThat(c.category()).isEqualTo("drones");
        assertThat(c.action()).isEqualTo("intercepted");
        Claim hit = at("Rebels fired 40 rockets at the city and 12 of them hit homes.", "12");
        assertThat(hit.action()).isEqualTo("hit");
    }

    @Test
    void peopleAmongAFigureArePartOfIt() {
        Claim c = at("Three nurses were among at least 20 people killed in the raid.", "Three nurses");
        assertThat(c.category()).isEqualTo("killed");
        assertThat(at("4 reporters among 17 dead in blast", "4 reporters").category()).isEqualTo("killed");
    }

    @Test
    void aVerbThatGovernsTheFigureBeforeDoesNotTakeTheNextOne() {
        assertThat(at("At least 12 people dead more than 30 injured after the blast", "more than 30").category())
                .isEqualTo("injured");
        assertThat(at("The blast killed 9 people and wounded another 25.", "wounded another 25").category())
                .isEqualTo("injured");
    }

    @Test
    void aLongLineOpeningWithAFurnitureCueIsTheArticle() {
        String text = "Posted on May 3 2022 by Staff Writer Twelve Killed in Shelling of River Town Twelve civilians "
                + "were killed on Tuesday when shells hit the river town, officials said, adding that the toll "
                + "could rise as rescuers search the rubble of several buildings in the old quarter of the town "
                + "and the hospital receives more of the wounded from the outlying villages along the river valley.";
        assertThat(X.extract("d.txt", text)).anyMatch(c -> c.category().equals("killed"));
    }

    @Test
    void injuriesSufferedAreInjuries() {
        assertThat(at("Four firefighters suffered injuries at the scene.", "Four firefighters").category())
                .isEqualTo("injured");
    }

    @Test
    void anEditorsBracketedInsertionBeforeTheNounIsSkipped() {
        assertThat(at("The plant builds more than two million [long-range attack] drones a year.", "more than two million")
                .category()).isEqualTo("drones");
        assertThat(at("Russia fired 40 [ballistic] missiles overnight.", "40").category()).isEqualTo("missiles");
        assertThat(at("Medics found 12 [of the] bodies in the rubble.", "12").category()).isEqualTo("killed");
        // an insertion that is the noun still counts it
        assertThat(at("The shelling killed four [civilians] in the town.", "killed four").category()).isEqualTo("killed");
    }
}
