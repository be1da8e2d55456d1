package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.icon.SvgIcon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageIconTest {

    private static final Path SPRITE = Path.of("src/main/resources/META-INF/resources", PageIcon.SPRITE);

    @Test
    void the_sprite_holds_a_symbol_for_every_icon_of_the_page_and_no_other() throws IOException {
        Set<String> symbols = Pattern.compile("<symbol id=\"([^\"]+)\" viewBox=\"0 0 16 16\">")
                .matcher(Files.readString(SPRITE))
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> icons =
                Arrays.stream(PageIcon.values()).map(PageIcon::symbol).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(icons, symbols);
    }

    @Test
    void an_icon_element_shows_its_symbol_of_the_sprite() {
        SvgIcon play = PageIcon.PLAY.create();
        assertEquals("play", play.getSymbol());
        assertEquals("icons/icons.svg", play.getSrc().split("#")[0]);
    }
}
