package com.backproplab.permalink;

/** How cells are coloured by their value: not at all, each table on its own scale, or one scale for the page. */
public enum ColourScale {
    OFF(""),
    /** Each table from −max to +max of its own |values|; written {@code heat=1}, as links always did. */
    TABLE("1"),
    /** Every table on the page's one scale; written {@code heat=page}. */
    PAGE("page");

    private final String link;

    ColourScale(String link) {
        this.link = link;
    }

    /** The value of the link's {@code heat} parameter; empty for OFF, which links leave out. */
    public String link() {
        return link;
    }

    /** The scale a link's {@code heat} value names; anything else (or none) is OFF, as version 1 read it. */
    public static ColourScale fromLink(String value) {
        for (ColourScale c : values()) {
            if (c != OFF && c.link.equals(value)) {
                return c;
            }
        }
        return OFF;
    }
}
