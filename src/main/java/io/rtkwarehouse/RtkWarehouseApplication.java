package io.rtkwarehouse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/**
 * rtk-warehouse: Cloudflare RealtimeKit livestream analytics into PostgreSQL. The
 * application context of a command; the command line ({@code io.rtkwarehouse.cli.Cli})
 * starts it once a command has parsed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
public class RtkWarehouseApplication {

}
