package com.backproplab.math;

import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The backward tables of weight layer l: dA = dL/dA_l and dZ = dL/dZ_l (m × units_l), f'(Z_l) where the
 * activation is element-wise (absent for a softmax output, whose Jacobians stand instead),
 * dW = A_{l−1}ᵀ·dZ_l (units_{l−1} × units_l) and db = Σ_k dZ_l[k,·] (1 × units_l).
 */
public record LayerGradients(
        RealMatrix dA, Optional<RealMatrix> activationDerivative, RealMatrix dZ, RealMatrix dW, RealMatrix db) {}
