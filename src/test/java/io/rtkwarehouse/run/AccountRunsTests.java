package io.rtkwarehouse.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRunsTests {

	@ParameterizedTest
	@CsvSource({ "0, 0, 0", "0, 3, 3", "3, 1, 1", "1, 2, 2", "2, 143, 143", "130, 2, 130", "3, 0, 3" })
	void theExitCodeOfSeveralAccountsIsTheWorstOfTheirs(int one, int other, int worst) {
		assertThat(AccountRuns.worst(one, other)).isEqualTo(worst);
		assertThat(AccountRuns.worst(other, one)).isEqualTo(worst);
	}

}
