package com.backproplab.scenario;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every limit of the product, in one place, set by {@code backprop.limits.*}: the page's fields, links,
 * imports, the API and training all read them from here.
 *
 * @param maxHiddenLayers hidden layers of a network
 * @param maxUnits units of any layer
 * @param maxSamples samples of one API request
 * @param maxPageSamples samples the page shows (every per-sample table grows with them)
 * @param maxSteps training steps of one run
 * @param maxTrainingWork the cost of one training run, in {@link TrainingCost} units (about a nanosecond
 *     each on the machine it was calibrated on)
 * @param maxCheckWork multiply-adds a finite-difference gradient check may cost before it is skipped
 * @param liveCheckWork multiply-adds of a gradient check that an edit waits for; larger ones run in the
 *     background
 * @param maxBodyBytes the largest API request body and imported file
 * @param trainingThreads threads that train for the page at once; 0 means one per core
 * @param trainingQueue training runs that may wait for a thread; more are refused as busy
 */
@ConfigurationProperties(prefix = "backprop.limits")
public record Limits(
        @DefaultValue("6") int maxHiddenLayers,
        @DefaultValue("64") int maxUnits,
        @DefaultValue("10000") int maxSamples,
        @DefaultValue("256") int maxPageSamples,
        @DefaultValue("100000") int maxSteps,
        @DefaultValue("5000000000") long maxTrainingWork,
        @DefaultValue("50000000") double maxCheckWork,
        @DefaultValue("500000") double liveCheckWork,
        @DefaultValue("2097152") int maxBodyBytes,
        @DefaultValue("0") int trainingThreads,
        @DefaultValue("8") int trainingQueue) {

    /** The defaults of the annotations above, for code that runs without Spring (tests, benchmarks). */
    public static final Limits DEFAULT =
            new Binder(new MapConfigurationPropertySource()).bindOrCreate("backprop.limits", Limits.class);

    /** The threads that train at once: {@link #trainingThreads}, or one per core when it is 0. */
    public int trainingThreadsOrCores() {
        return trainingThreads > 0 ? trainingThreads : Runtime.getRuntime().availableProcessors();
    }
}
