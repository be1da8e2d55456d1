/**
 * Charts: a small Vaadin component around Apache ECharts ({@code bpl-echart}) and typed builders of its
 * options. Options are JSON built with Jackson on the server, never script text.
 */
package com.backproplab.chart;
