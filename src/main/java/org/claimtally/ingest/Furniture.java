package org.claimtally.ingest;

import org.jsoup.nodes.Element;

/** What a page carries around its article: navigation, banners, share and cookie bars, small forms. */
final class Furniture {
    static final String SELECTOR = "script, style, noscript, nav, header, footer, aside, iframe, "
            + "svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[class*=cookie], [id*=cookie], [class*=consent], [class*=newsletter], [class*=share], "
            + "[class*=related], [class*=comment], [class*=advert], [class*=promo], [aria-hidden=true]";

    /**
     * A form of fewer paragraphs than this is a search box, a login or a newsletter sign-up; a
     * larger one wraps the page (some site frameworks put every page inside one form).
     */
    static final int FORM_PARAGRAPHS = 3;

    private Furniture() {
    }

    /** Removes the page's furniture. */
    static void drop(org.jsoup.nodes.Document page) {
        page.select(SELECTOR).remove();
        for (Element form : page.select("form")) {
            if (form.parent() != null && form.select("p").size() < FORM_PARAGRAPHS) {
                form.remove();
            }
        }
    }
}
