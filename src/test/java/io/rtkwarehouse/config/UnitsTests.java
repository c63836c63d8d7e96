package io.rtkwarehouse.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTests {

	@Test
	void aSizeIsWrittenInTheLargestUnitItIsAWholeNumberOf() {
		assertThat(Units.size(DataSize.ofMegabytes(1))).isEqualTo("1 MB");
		assertThat(Units.size(DataSize.ofKilobytes(1536))).isEqualTo("1536 KB");
		assertThat(Units.size(DataSize.ofBytes(512))).isEqualTo("512 B");
		assertThat(Units.size(DataSize.ofBytes(0))).isEqualTo("0 B");
	}

	@Test
	void aDurationIsWrittenInTheLargestUnitItIsAWholeNumberOf() {
		assertThat(Units.duration(Duration.ofMinutes(2))).isEqualTo("2 min");
		assertThat(Units.duration(Duration.ofSeconds(90))).isEqualTo("90 s");
		assertThat(Units.duration(Duration.ofMillis(1500))).isEqualTo("1500 ms");
		assertThat(Units.duration(Duration.ofSeconds(-1))).isEqualTo("-1 s");
	}

}
