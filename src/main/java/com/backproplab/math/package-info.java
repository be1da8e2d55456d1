/**
 * The pure math core of Backprop Lab: a fully connected network, its forward pass, every table of its
 * backward pass, gradient descent, finite-difference checks and training. JDK and Commons Math only.
 *
 * <p>Conventions, stated once:
 *
 * <ul>
 *   <li>Rows are samples. {@code X} is m×n, {@code Y} is m×C.
 *   <li>{@code Z_l = A_{l-1}·W_l + b_l}, with {@code W_l} of shape (units_{l-1} × units_l) and {@code b_l}
 *       of shape (1 × units_l) added to every row; {@code A_0 = X}.
 *   <li>Losses are means over the m samples; the single {@code 1/m} enters the backward pass once, in
 *       {@code dL/dA_L} (and so in {@code dL/dZ_L}), never again in {@code dW} or {@code db}.
 *   <li>Every matrix handed out is a fresh snapshot that nothing in this package mutates afterwards.
 * </ul>
 */
package com.backproplab.math;
