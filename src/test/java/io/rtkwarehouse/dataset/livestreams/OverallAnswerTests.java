package io.rtkwarehouse.dataset.livestreams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.rtkwarehouse.source.InvalidBodyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The numbers of an answer are integers, exactly, or the answer is refused. */
class OverallAnswerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL",
			textBlock = """
					"count":4,"total_ingest_seconds":531,"total_viewer_seconds":116 | 4    | 531  | 116
					"count":4.0,"total_ingest_seconds":531.000,"total_viewer_seconds":0.0 | 4 | 531 | 0
					"count":-0.0,"total_ingest_seconds":0,"total_viewer_seconds":9223372036854775807 | 0 | 0 | 9223372036854775807
					"count":4                                                       | 4    | NULL | NULL
					"count":null,"total_ingest_seconds":null                        | NULL | NULL | NULL
					"count":4,"other":{"nested":[1.5,"x",{"count":"no"}]},"more":1.5 | 4   | NULL | NULL
					"note":1e200000,"count":2,"huge":-1e999999999                  | 2    | NULL | NULL
					""")
	void readsWholeNumbersAndKeepsAbsentOnesUnknown(String fields, Long count, Long ingest, Long viewer)
			throws Exception {
		LivestreamNumbers numbers = Livestreams.read("{\"success\":true,\"data\":{" + fields + "}}");

		assertThat(numbers).isEqualTo(new LivestreamNumbers(count, ingest, viewer));
	}

	@Test
	void anEmptyDataObjectIsEveryNumberUnknown() throws Exception {
		assertThat(Livestreams.read("{\"data\":{},\"success\":true}"))
			.isEqualTo(new LivestreamNumbers(null, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"count":4.7                       | data.count is fractional (4.7)
					"count":0.5                       | data.count is fractional (0.5)
					"total_viewer_seconds":"4"        | data.total_viewer_seconds is a string ("4")
					"count":""                        | data.count is an empty string ("")
					"count":true                      | data.count is a boolean (true)
					"count":false                     | data.count is a boolean (false)
					"count":9223372036854775808       | data.count is outside the 64-bit integer range (9223372036854775808)
					"count":-9223372036854775809      | data.count is outside the 64-bit integer range (-9223372036854775809)
					"count":99999999999999999999.0    | data.count is outside the 64-bit integer range
					"count":1e999999999               | data.count is in exponent form (1e999999999)
					"count":1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 | data.count holds a number longer than 100 characters
					"count":4e2                       | data.count is in exponent form (4e2)
					"count":4E2                       | data.count is in exponent form (4E2)
					"count":4.0e0                     | data.count is in exponent form (4.0e0)
					"count":1e400                     | data.count is in exponent form (1e400)
					"count":[4]                       | data.count is an array
					"count":{"value":4}               | data.count is an object
					"count":4,"count":5               | data.count is given twice
					"count":-1                        | data.count is negative (-1)
					""")
	void refusesWhatIsNotAnIntegerOfTheContractAndSaysWhich(String fields, String message) {
		assertRefused("{\"success\":true,\"data\":{" + fields + "}}", message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"success":true}                               | success: true but no data object
			{"success":true,"data":null}                   | success: true but data is null
			{"success":true,"data":[]}                     | success: true but data is not an object
			{"success":true,"data":"none"}                 | success: true but data is not an object
			{"success":true,"data":{},"data":{}}           | data is given twice
			{"success":"true","data":{"count":1}}          | success is not the JSON value true
			{"success":1,"data":{"count":1}}               | success is not the JSON value true
			{"data":{"count":1}}                           | success: false
			""")
	void refusesAnAnswerWithoutASuccessfulDataObject(String body, String message) {
		assertRefused(body, message);
	}

	@Test
	void aCutOffBodyIsWorthAnotherTry() {
		assertThatExceptionOfType(InvalidBodyException.class)
			.isThrownBy(() -> Livestreams.read("{\"success\":true,\"data\":{\"count\":4"))
			.satisfies((ex) -> assertThat(ex.retryable()).isTrue())
			.withMessageStartingWith("body is not valid JSON");
	}

	private void assertRefused(String body, String message) {
		assertThatExceptionOfType(InvalidBodyException.class).isThrownBy(() -> Livestreams.read(body))
			.satisfies((ex) -> assertThat(ex.retryable()).as("retryable").isFalse())
			.withMessageStartingWith(message);
	}

}
