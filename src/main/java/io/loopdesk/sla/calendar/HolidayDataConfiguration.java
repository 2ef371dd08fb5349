package io.loopdesk.sla.calendar;

import io.loopdesk.sla.SlaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Reads the public holiday data once at start; a wrong file stops the start, naming the file and the line. */
@Configuration(proxyBeanMethods = false)
class HolidayDataConfiguration {

    @Bean
    PublicHolidays publicHolidays(SlaProperties properties, ResourceLoader resources) {
        return PublicHolidays.load(
                ResourcePatternUtils.getResourcePatternResolver(resources), properties.holidayData());
    }
}
