package com.backproplab.explorer.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * The page's icons, drawn from one small SVG sprite ({@code icons/icons.svg}, eight of Vaadin's icons) rather
 * than {@code VaadinIcon}, whose Java class brings all 636 of Vaadin's icons into the first visit's script.
 */
enum PageIcon {
    ADJUST("adjust"),
    CHEVRON_DOWN_SMALL("chevron-down-small"),
    LINK("link"),
    MENU("menu"),
    PAUSE("pause"),
    PENCIL("pencil"),
    PLAY("play"),
    STEP_FORWARD("step-forward");

    static final String SPRITE = "icons/icons.svg";

    private final String symbol;

    PageIcon(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol's id in the sprite. */
    String symbol() {
        return symbol;
    }

    /** A new icon element showing this icon. */
    SvgIcon create() {
        return new SvgIcon(SPRITE, symbol);
    }
}
