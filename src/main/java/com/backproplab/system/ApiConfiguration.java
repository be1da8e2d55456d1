package com.backproplab.system;

import com.backproplab.network.Limits;
import com.backproplab.network.ScenarioValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits, the validator built on them, and the 2 MB cap on API request bodies. */
@Configuration
@EnableConfigurationProperties(Limits.class)
class ApiConfiguration {

    /** The documented largest request body of the API. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    @Bean
    ScenarioValidator scenarioValidator(Limits limits) {
        return new ScenarioValidator(limits);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter() {
        FilterRegistrationBean<RequestSizeLimitFilter> bean =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(MAX_BODY_BYTES));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(0);
        return bean;
    }
}
