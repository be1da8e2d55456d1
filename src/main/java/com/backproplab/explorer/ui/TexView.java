package com.backproplab.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A LaTeX formula, typeset by KaTeX in the browser. */
@Tag("bpl-tex")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./components/bpl-tex.ts")
@CssImport("katex/dist/katex.min.css")
class TexView extends Component {

    TexView(String tex) {
        setTex(tex);
    }

    void setTex(String tex) {
        getElement().setAttribute("tex", tex);
        getElement().setAttribute("data-tex", tex);
    }
}
