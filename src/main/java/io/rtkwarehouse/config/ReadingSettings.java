package io.rtkwarehouse.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The configuration a command that only reads the warehouse needs: the {@code rtk.*}
 * settings bound and checked, the accounts they name, the names no setting has, the
 * clock. Not a {@code @Configuration}: the application's component scan passes it by, and
 * the light context of {@code status}, {@code gaps} and {@code report} imports it.
 */
@EnableConfigurationProperties(RtkProperties.class)
@Import({ ConfiguredAccounts.class, PropertyNames.class, ClockConfiguration.class })
public class ReadingSettings {

}
