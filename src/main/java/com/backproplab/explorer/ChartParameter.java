package com.backproplab.explorer;

import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableShape;
import java.util.Optional;

/** The parameter the tangent and trajectory charts draw. */
final class ChartParameter {

    private ChartParameter() {}

    /** {@code chosen} while {@code s} has it, else W_L[1,0] (W2[1,0] in the worked example). */
    static ParameterRef orDefault(Optional<ParameterRef> chosen, Scenario s) {
        return chosen.filter(p -> TableShape.contains(s, CellRef.of(p))).orElseGet(() -> {
            int last = s.network().architecture().depth() - 1;
            return ParameterRef.weight(
                    last, Math.min(1, s.network().weight(last).getRowDimension() - 1), 0);
        });
    }
}
