package com.backproplab.system;

import com.backproplab.scenario.Limits;
import jakarta.servlet.MultipartConfigElement;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every request meets, whatever it asks for: the security headers, the cap on page sessions, the
 * multipart limits of uploads (the app's body limit, not Spring's default), and Tomcat's own error answers
 * (for requests it refuses before the app sees them, such as a link longer than its header limit).
 */
@Configuration
class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> bean = new FilterRegistrationBean<>(new SecurityHeaders());
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    SessionLimit sessionLimit(Limits limits) {
        return new SessionLimit(limits.maxSessionsOrByHeap());
    }

    @Bean
    FilterRegistrationBean<SessionLimit> sessionLimitFilter(SessionLimit limit) {
        FilterRegistrationBean<SessionLimit> bean = new FilterRegistrationBean<>(limit);
        bean.addUrlPatterns("/*");
        bean.setOrder(1);
        return bean;
    }

    @Bean
    ServletListenerRegistrationBean<SessionLimit> sessionCounter(SessionLimit limit) {
        return new ServletListenerRegistrationBean<>(limit);
    }

    @Bean
    MultipartConfigElement multipartConfig(Limits limits) {
        return new MultipartConfigElement(
                "", limits.maxBodyBytes(), limits.maxBodyBytes() + RequestSizeLimitFilter.MULTIPART_SLACK, 0);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorAnswers() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        // The host adds one valve of this class when it starts, and only that one.
                        host.setErrorReportValveClass(TomcatErrorAnswers.class.getName());
                    }
                });
            }
        };
    }
}
