package com.backproplab.scenario;

import java.util.HashMap;
import java.util.Map;
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
 * @param maxRequestValues numbers one API request may hold at once (its trace, training buffers or
 *     answer, 8 bytes each; see {@link RequestSize}); a request over it is refused before the work starts
 * @param maxJacobianValues numbers of per-sample softmax Jacobians (m·C²) an answer carries unless the
 *     request asks for them
 * @param lightWork the work (training cost units, or gradient-check multiply-adds) up to which an API
 *     request runs at once; heavier ones need one of the {@link #heavyRequests} places
 * @param lightBodyBytes the body size up to which an API request is parsed at once; a larger body waits for
 *     a heavy place first, as its parsed form takes ten times its size
 * @param heavyRequests heavy API requests that run at once; 0 means one per core
 * @param heavyQueue heavy API requests that may wait for a place; more are answered 503
 * @param heavyPerClient heavy API requests one client may have running or waiting
 * @param heavyWaitSeconds how long a heavy request waits for a place before it is answered 503
 * @param maxSessions open page sessions; 0 means one per 2 MB of the largest heap; past it a new visitor
 *     gets a page saying the server is full
 * @param maxPageValues numbers one page may show (every table and its copies in the session); a link or an
 *     imported file over it is refused before its network is built
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
        @DefaultValue("8") int trainingQueue,
        @DefaultValue("8000000") long maxRequestValues,
        @DefaultValue("10000") long maxJacobianValues,
        @DefaultValue("10000000") long lightWork,
        @DefaultValue("262144") int lightBodyBytes,
        @DefaultValue("0") int heavyRequests,
        @DefaultValue("4") int heavyQueue,
        @DefaultValue("2") int heavyPerClient,
        @DefaultValue("10") int heavyWaitSeconds,
        @DefaultValue("0") int maxSessions,
        @DefaultValue("100000") long maxPageValues) {

    /** The defaults of the annotations above, for code that runs without Spring (tests, benchmarks). */
    public static final Limits DEFAULT = with(Map.of());

    /** The defaults with some settings changed, e.g. {@code with(Map.of("max-units", "128"))}. */
    public static Limits with(Map<String, String> settings) {
        Map<String, String> prefixed = new HashMap<>();
        settings.forEach((k, v) -> prefixed.put("backprop.limits." + k, v));
        return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("backprop.limits", Limits.class);
    }

    /** The threads that train at once: {@link #trainingThreads}, or one per core when it is 0. */
    public int trainingThreadsOrCores() {
        return trainingThreads > 0 ? trainingThreads : Runtime.getRuntime().availableProcessors();
    }

    /** The heavy API requests that run at once: {@link #heavyRequests}, or one per core when it is 0. */
    public int heavyRequestsOrCores() {
        return heavyRequests > 0 ? heavyRequests : Runtime.getRuntime().availableProcessors();
    }

    /** The open sessions allowed: {@link #maxSessions}, or one per 2 MB of the largest heap when it is 0. */
    public int maxSessionsOrByHeap() {
        return maxSessions > 0
                ? maxSessions
                : (int) Math.max(1, Runtime.getRuntime().maxMemory() / (2L << 20));
    }
}
