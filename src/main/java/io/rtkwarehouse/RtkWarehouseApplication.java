package io.rtkwarehouse;

import io.rtkwarehouse.job.Cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** rtk-warehouse: Cloudflare RealtimeKit livestream analytics into PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
public class RtkWarehouseApplication {

	public static void main(String[] args) {
		System.exit(Cli.run(args));
	}

}
