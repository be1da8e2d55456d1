package com.backproplab.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts 6 chart. Java sets its option as JSON; the element resizes with its container and is
 * disposed on detach. Every option from {@link Options} carries the toolbox that saves the chart as PNG.
 */
@Tag("bpl-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/bpl-echart.ts")
public class EChart extends Component implements HasSize {

    private ObjectNode option;

    public EChart(String name) {
        getElement().setAttribute("data-chart", name);
        setWidthFull();
        setHeight("320px");
    }

    /** Shows {@code option}. */
    public void setOption(ObjectNode option) {
        this.option = option;
        getElement().setPropertyJson("option", option);
    }

    /** The option last set, for tests and for exports. */
    public ObjectNode option() {
        return option;
    }
}
