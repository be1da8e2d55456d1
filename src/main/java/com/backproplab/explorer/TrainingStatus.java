package com.backproplab.explorer;

/**
 * Where the page's training stands: idle, waiting for a thread, running a fast run, or playing at a pace;
 * the line the page shows about it; how many steps the run or playback has put into the network so far and
 * of how many; and the record of the last run, for the loss and trajectory charts.
 *
 * @param taken the steps this run or playback has already put into the network shown (0: none yet)
 * @param of the steps asked for (a fast run), or the most a playback may take
 */
public record TrainingStatus(Phase phase, String message, int taken, int of, LastRun lastRun) {

    /** The states of a run. */
    public enum Phase {
        IDLE,
        WAITING,
        RUNNING,
        PLAYING
    }

    /** No run yet. */
    public static final TrainingStatus NONE = new TrainingStatus(Phase.IDLE, "", 0, 0, LastRun.NONE);

    /** Whether a run of this page is waiting, running or playing. */
    public boolean active() {
        return phase != Phase.IDLE;
    }

    /** The fraction of a fast run done. */
    public double done() {
        return of == 0 ? 0 : taken / (double) of;
    }

    /** Waiting behind {@code ahead} runs. */
    TrainingStatus waiting(int ahead, int steps) {
        String runs = ahead == 1 ? "1 run" : ahead + " runs";
        return new TrainingStatus(Phase.WAITING, "Waiting: " + runs + " ahead.", 0, steps, lastRun);
    }

    /** A fast run at {@code step} of {@code of}, with what it recorded so far. */
    TrainingStatus running(int step, int of, LastRun soFar) {
        return new TrainingStatus(Phase.RUNNING, "Step " + step + " of " + of, step, of, soFar);
    }

    /** Playing: {@code taken} steps so far at {@code pace}, with what they recorded. */
    static TrainingStatus playing(int taken, int most, String pace, LastRun soFar) {
        String line = "Playing at " + pace + ": " + taken + (taken == 1 ? " step" : " steps") + " so far.";
        return new TrainingStatus(Phase.PLAYING, line, taken, most, soFar);
    }

    /** No run, with a message about the last one. */
    TrainingStatus idle(String message) {
        return new TrainingStatus(Phase.IDLE, message, 0, 0, lastRun);
    }

    /** A run ended: its message, and its record for the charts. */
    static TrainingStatus ended(String message, LastRun run) {
        return new TrainingStatus(Phase.IDLE, message, 0, 0, run);
    }

    /** The same last run with no message: what undo, redo and opening another network leave. */
    TrainingStatus quiet() {
        return active() ? this : idle("");
    }

    /**
     * What a change of the network by the learner leaves: an active run or playback pauses where it is, and
     * keeps the steps it took; an idle status stays as it is.
     *
     * @param why what the learner did, e.g. "you edited the network"
     */
    TrainingStatus interruptedBy(String why) {
        return switch (phase) {
            case IDLE -> this;
            case WAITING -> idle("Cancelled before it started: " + why + ".");
            case RUNNING, PLAYING -> idle(pausedLine(why));
        };
    }

    /** The line of a pause: where, why, and that the steps before it are kept. */
    String pausedLine(String why) {
        String where = phase == Phase.RUNNING ? "step " + taken + " of " + of : "step " + taken;
        return "Paused at " + where + " because " + why + "; the steps before it are kept.";
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
