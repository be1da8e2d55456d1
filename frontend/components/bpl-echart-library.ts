import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts of ECharts that the options built in com.backproplab.chart use: their series types, their
// components (the toolbox's save-as-PNG, the boundary's colour scale, the valley's shaded window, the hints
// drawn as graphic text) and the canvas renderer. ECharts leaves out, without a word, a series or component
// whose part is not registered; EchartsPartsTest checks this list against every option the charts build.
// bpl-echart loads this module when the first chart comes into view (see DD011).
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  ScatterChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export const init = echarts.init;
export type { ECharts } from 'echarts/core';
