package com.backproplab.explorer.ui;

/** The sections of tables on the page, in page order, with their anchor, title and introduction. */
enum PageSection {
    INPUTS(
            "inputs",
            "Inputs",
            "Inputs and parameters",
            "Click a cell and type, or press Enter or F2; Tab and the arrow keys move; paste a block from a"
                    + " spreadsheet, a CSV file or a NumPy literal."),
    FORWARD(
            "forward",
            "Forward",
            "Forward pass",
            "Each layer multiplies its input by its weights, adds its biases, and applies its activation."),
    BACKWARD(
            "backward",
            "Backward",
            "Backward pass",
            "The chain rule, from the loss back to the first layer, in the order of the chapter's worked example."),
    STEP("step", "Step", "Gradient-descent step", "W_new = W_old − α·dW for every weight and bias."),
    CHECK("check", "Check", "Gradient check", "The analytic gradients against central finite differences of the loss.");

    private final String id;
    private final String shortTitle;
    private final String title;
    private final String intro;

    PageSection(String id, String shortTitle, String title, String intro) {
        this.id = id;
        this.shortTitle = shortTitle;
        this.title = title;
        this.intro = intro;
    }

    /** The section's name in the navigation. */
    String shortTitle() {
        return shortTitle;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String intro() {
        return intro;
    }
}
