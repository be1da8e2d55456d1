package com.backproplab.system;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.ScenarioValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits, the validator built on them, the cap on API request bodies, and the pools of background
 * work that the pages share.
 */
@Configuration
@EnableConfigurationProperties(Limits.class)
class ApiConfiguration {

    @Bean
    ScenarioValidator scenarioValidator(Limits limits) {
        return new ScenarioValidator(limits);
    }

    @Bean(destroyMethod = "close")
    BackgroundWork backgroundWork(Limits limits) {
        return new BackgroundWork(limits);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(Limits limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> bean =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxBodyBytes()));
        bean.addUrlPatterns("/*");
        bean.setOrder(0);
        return bean;
    }
}
