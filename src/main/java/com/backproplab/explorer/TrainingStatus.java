package com.backproplab.explorer;

/**
 * Where the page's training stands: idle, waiting for a thread, or running; the line the page shows about
 * it; the fraction of the run done; and the record of the last run, for the loss and trajectory charts.
 */
public record TrainingStatus(Phase phase, String message, double done, LastRun lastRun) {

    /** The three states of a run. */
    public enum Phase {
        IDLE,
        WAITING,
        RUNNING
    }

    /** No run yet. */
    public static final TrainingStatus NONE = new TrainingStatus(Phase.IDLE, "", 0, LastRun.NONE);

    /** Whether a run of this page is waiting or running. */
    public boolean active() {
        return phase != Phase.IDLE;
    }

    /** Waiting behind {@code ahead} runs. */
    TrainingStatus waiting(int ahead) {
        String runs = ahead == 1 ? "1 run" : ahead + " runs";
        return new TrainingStatus(Phase.WAITING, "Waiting: " + runs + " ahead.", 0, lastRun);
    }

    /** At {@code step} of {@code of}. */
    TrainingStatus running(int step, int of) {
        return new TrainingStatus(Phase.RUNNING, "Step " + step + " of " + of, step / (double) of, lastRun);
    }

    /** No run, with a message about the last one. */
    TrainingStatus idle(String message) {
        return new TrainingStatus(Phase.IDLE, message, 0, lastRun);
    }

    /** A run ended: its message, and its record for the charts. */
    static TrainingStatus ended(String message, LastRun run) {
        return new TrainingStatus(Phase.IDLE, message, 0, run);
    }

    /** The same last run with no message: what undo, redo and opening another network leave. */
    TrainingStatus quiet() {
        return active() ? this : idle("");
    }

    /** The line about a run that ended: trained or cancelled after how many steps, and its first and last loss. */
    static String finished(TrainingRun.Outcome o) {
        double[] h = o.lastRun().lossHistory();
        String losses = h.length == 0
                ? ""
                : ": L went from " + Numbers.format(h[0], 6) + " to " + Numbers.format(h[h.length - 1], 6) + ".";
        return (o.stepsTaken() < o.requested() ? "Cancelled after " : "Trained ") + o.stepsTaken() + " steps" + losses;
    }
}
