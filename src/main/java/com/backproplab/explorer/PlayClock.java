package com.backproplab.explorer;

/**
 * The pace of a playback: how many steps each frame takes so that, over time, the steps per second match the
 * chosen speed, never more than the frame budget allows. Up to {@value #ONE_STEP_FRAMES} steps a second,
 * each frame is one step and the page waits {@code 1/speed} s between frames; faster speeds take the steps
 * due since the last frame (keeping fractions for the next) every {@value #FAST_FRAME_MILLIS} ms. Not
 * thread-safe: one page's frames arrive one after another.
 */
public final class PlayClock {

    /** The fastest speed that is drawn one step per frame. */
    static final int ONE_STEP_FRAMES = 20;

    /** The wait between frames above {@value #ONE_STEP_FRAMES} steps a second. */
    static final int FAST_FRAME_MILLIS = 50;

    private final int speed;
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
    }

    /** The browser's wait after a frame before it asks for the next, in milliseconds. */
    public int delayMillis() {
        return speed != Playback.AS_FAST_AS_IT_GOES && speed <= ONE_STEP_FRAMES ? 1000 / speed : FAST_FRAME_MILLIS;
    }

    /** The steps of a frame asked for at {@code nanos}: at least 1, at most the frame budget. */
    public int stepsAt(long nanos) {
        if (speed == Playback.AS_FAST_AS_IT_GOES) {
            return mostPerFrame;
        }
        if (speed <= ONE_STEP_FRAMES || last == Long.MIN_VALUE) {
            last = nanos;
            return 1;
        }
        // A stalled page does not get a burst: at most half a second of steps is due at once.
        double seconds = Math.min(0.5, Math.max(0, nanos - last) / 1e9);
        last = nanos;
        double due = carry + speed * seconds;
        int steps = (int) Math.max(1, Math.min(mostPerFrame, Math.floor(due)));
        carry = Math.max(0, due - steps);
        return steps;
    }
}
