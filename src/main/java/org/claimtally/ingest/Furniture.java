package org.claimtally.ingest;

import org.jsoup.nodes.Element;

/** What a page carries around its article: navigation, banners, share and cookie bars, small forms. */
final class Furniture {
    static final String SELECTOR = "script, style, noscript, nav, header, footer, aside, iframe, "
            + "svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[class*=cookie], [id*=cookie], [class*=consent], [class*=newsletter], [class*=share], "
            + "[class*=related], [class*=comment], [class*=advert], [class*=promo], [aria-hidden=true]";

    /**
     * A form holding more than this share of the page's text wraps the page (some site
     * frameworks put every page inside one form); a smaller one is a search box, a login or
     * a newsletter sign-up.
     */
    static final double FORM_SHARE = 0.5;

    private Furniture() {
    }

    /** Removes the page's furniture; forms go unless they hold the article or most of the page's text. */
    static void drop(org.jsoup.nodes.Document page) {
        page.select(SELECTOR).remove();
        org.jsoup.select.Elements forms = page.select("form");
        if (forms.isEmpty()) {
            return;
        }
        int pageChars = page.body() == null ? 0 : page.body().text().length();
        for (Element form : forms) {
            boolean wraps = form.selectFirst("article, main, [itemprop=articleBody]") != null
                    || form.text().length() > FORM_SHARE * pageChars;
            if (form.parent() != null && !wraps) {
                form.remove();
            }
        }
    }
}
