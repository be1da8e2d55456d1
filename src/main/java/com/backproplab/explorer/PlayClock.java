package com.backproplab.explorer;

/**
 * The pace of a playback: how many steps each frame takes so that, over time, the steps per second match the
 * chosen speed, never more than the frame budget allows. The browser asks for a frame every 1/speed s (at
 * most 20 a second, every {@value #FAST_FRAME_MILLIS} ms above that), or as soon as it has drawn the last if
 * that takes longer; each frame takes the steps due since the last one (at least one, fractions kept for the
 * next, at most two frames' or half a second's worth after a stall), so a slow page keeps the pace with more
 * steps a frame. At full speed a frame takes as many steps as fit in {@value #FULL_SPEED_FRAME_MILLIS} ms of
 * the last frames' measured time per step (the budget's cost model is calibrated for large networks; a tiny
 * one costs more per step than it counts). Not thread-safe: one page's frames arrive one after another.
 */
public final class PlayClock {

    /** The fastest speed whose frames are asked for 1/speed s apart. */
    static final int PACED_FRAMES = 20;

    /** The wait between frames above {@value #PACED_FRAMES} steps a second. */
    static final int FAST_FRAME_MILLIS = 50;

    /** The server time a frame at full speed aims at. */
    static final int FULL_SPEED_FRAME_MILLIS = 20;

    /** The steps of the first frame at full speed, before any was measured. */
    static final int FIRST_FULL_SPEED_STEPS = 50;

    private final int speed;
    private int fullSpeedSteps;
    private final int mostPerFrame;
    private long last = Long.MIN_VALUE;
    private double carry;

    /**
     * @param speed steps per second, or {@link Playback#AS_FAST_AS_IT_GOES}
     * @param mostPerFrame the frame budget in steps (at least 1)
     */
    public PlayClock(int speed, int mostPerFrame) {
        this.speed = speed;
        this.mostPerFrame = Math.max(1, mostPerFrame);
        this.fullSpeedSteps = Math.min(this.mostPerFrame, FIRST_FULL_SPEED_STEPS);
    }

    /**
     * A frame of {@code steps} steps took {@code nanos} of server time: full speed aims its next frames at
     * {@value #FULL_SPEED_FRAME_MILLIS} ms, changing by at most 4× a frame, never over the budget.
     */
    public void took(int steps, long nanos) {
        if (speed != Playback.AS_FAST_AS_IT_GOES || steps <= 0) {
            return;
        }
        double perStep = Math.max(1, nanos) / (double) steps;
        double fit = FULL_SPEED_FRAME_MILLIS * 1e6 / perStep;
        double next = Math.max(fullSpeedSteps / 4.0, Math.min(fullSpeedSteps * 4.0, fit));
        fullSpeedSteps = (int) Math.max(1, Math.min(mostPerFrame, Math.floor(next)));
    }

    /** The browser's wait after a frame before it asks for the next, in milliseconds. */
    public int delayMillis() {
        return speed != Playback.AS_FAST_AS_IT_GOES && speed <= PACED_FRAMES ? 1000 / speed : FAST_FRAME_MILLIS;
    }

    /** The steps of a frame asked for at {@code nanos}: at least 1, at most the frame budget. */
    public int stepsAt(long nanos) {
        if (speed == Playback.AS_FAST_AS_IT_GOES) {
            return fullSpeedSteps;
        }
        if (last == Long.MIN_VALUE) {
            last = nanos;
            return 1;
        }
        // A stalled page does not get a burst: at most two frames' or half a second's worth of steps at once.
        double seconds = Math.min(Math.max(0.5, 2.0 / speed), Math.max(0, nanos - last) / 1e9);
        last = nanos;
        double due = carry + speed * seconds;
        int steps = (int) Math.max(1, Math.min(mostPerFrame, Math.floor(due)));
        carry = Math.max(0, due - steps);
        return steps;
    }
}
