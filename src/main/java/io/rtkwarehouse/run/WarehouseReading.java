package io.rtkwarehouse.run;

import io.rtkwarehouse.config.ReadingSettings;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.warehouse.Accounts;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The beans of the commands that only read the warehouse ({@code status}, {@code gaps},
 * and what {@code report} reads): the warehouse's tables, the datasets, the
 * configuration, and the reports. No Spring Batch, no Flyway, no API client: the
 * datasets' client is made on its first call, which these commands never make. Not a
 * {@code @Configuration}, so that only the light context imports it.
 */
@ComponentScan(basePackageClasses = { Datasets.class, Accounts.class })
@Import({ ReadingSettings.class, WarehouseGuard.class, RecentRuns.class, StatusReport.class, GapsReport.class })
public class WarehouseReading {

}
