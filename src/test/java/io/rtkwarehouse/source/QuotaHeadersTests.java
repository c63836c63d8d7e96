package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.source.QuotaHeaders.Quota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuotaHeadersTests {

	@Test
	void readsCloudflaresTwoHeaders() {
		Quota quota = QuotaHeaders.read("\"default\";r=50;t=30", "\"default\";q=1200;w=300");

		assertThat(plain(quota)).isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
		assertThat(quota.header())
			.isEqualTo("Ratelimit: \"default\";r=50;t=30, Ratelimit-Policy: \"default\";q=1200;w=300");
		assertThat(quota.policy()).isEqualTo("1200 per 300 s");
	}

	@Test
	void readsHeadersByNameWhateverTheirCase() {
		Quota quota = QuotaHeaders
			.read(Map.of("ratelimit", List.of("\"default\";r=5;t=3"), "ratelimit-policy", List.of("default;q=9;w=4")));

		assertThat(plain(quota)).isEqualTo(new Quota("default", 5, 3, 9L, 4L));
	}

	@Test
	void aTokenNameMatchesAQuotedOne() {
		assertThat(plainRead("default;r=1;t=2", "\"default\";q=3;w=4")).isEqualTo(new Quota("default", 1, 2, 3L, 4L));
	}

	@Test
	void parametersInAnyOrderAndUnknownOnesAreRead() {
		assertThat(plainRead("\"default\";pk=:AQID:;t=30;x=\"y\";r=50;burst=?1",
				"\"default\";w=300;q=1200;qu=\"requests\""))
			.isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void ofSeveralLimitsTheTightestCounts() {
		Quota quota = QuotaHeaders.read("\"hour\";r=3000;t=600, \"default\";r=50;t=30",
				"\"hour\";q=4000;w=3600, \"default\";q=1200;w=300");

		assertThat(plain(quota)).isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void severalHeaderLinesAreOneList() {
		Quota quota = QuotaHeaders.read(Map.of("ratelimit", List.of("\"a\";r=100;t=10", "\"b\";r=1;t=10")));

		assertThat(plain(quota)).isEqualTo(new Quota("b", 1, 10, null, null));
	}

	@Test
	void whitespaceAroundMembersIsAllowed() {
		assertThat(plainRead("  \"default\";r=50;t=30 ,\t\"x\";r=900;t=1  ", "\"default\";q=1200;w=300 "))
			.isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void withoutAPolicyTheQuotaHasNoLimit() {
		assertThat(plainRead("\"default\";r=50;t=30", null)).isEqualTo(new Quota("default", 50, 30, null, null));
		assertThat(plainRead("\"default\";r=50;t=30", "\"other\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 50, 30, null, null));
	}

	@Test
	void aPolicyThatIsJunkLeavesTheQuota() {
		assertThat(plainRead("\"default\";r=50;t=30", "1200/300")).isEqualTo(new Quota("default", 50, 30, null, null));
		assertThat(plainRead("\"default\";r=50;t=30", "\"default\";q=0;w=300"))
			.isEqualTo(new Quota("default", 50, 30, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "junk junk", "r=50;t=30", "\"default\";r=50", "\"default\";t=30",
			"\"default\";r=-1;t=30", "\"default\";r=50;t=-3", "\"default\";r=1234567890123456;t=30",
			"\"default\";r=5.5;t=30", "\"default\";r=\"50\";t=30", "\"default\";R=50;t=30", "\"default\",",
			"\"default\";r=50;t=30,", "\"unterminated;r=50;t=30", "\"default\";r=50;;t=30", "\"default\" ;r=50;t=30",
			"\"défault\";r=50;t=30", "\"default\";r=50;t=30 junk", "(\"a\" \"b\");r=5;t=1" })
	void junkIsNoQuota(String ratelimit) {
		assertThat(plainRead(ratelimit, "\"default\";q=1200;w=300")).isNull();
	}

	@Test
	void noHeaderIsNoQuota() {
		assertThat(plainRead(Map.of())).isNull();
		assertThat(plainRead(null, "\"default\";q=1200;w=300")).isNull();
	}

	@Test
	void hugeButWellFormedNumbersAreRead() {
		assertThat(plainRead("\"default\";r=999999999999999;t=0", null))
			.isEqualTo(new Quota("default", 999999999999999L, 0, null, null));
	}

	@Test
	void theListParserReadsEveryKindOfItem() {
		List<StructuredList.Member> members = StructuredList
			.parse("tok;a=1, \"s\\\"q\";b=-2.5, ?0;c, :AQI=:, (x \"y\");d=*t, 42");

		assertThat(members).extracting(StructuredList.Member::value).startsWith("tok", "s\"q", false).contains(42L);
		assertThat(members.get(1).parameters()).containsEntry("b", new BigDecimal("-2.5"));
		assertThat(members.get(2).parameters()).containsEntry("c", true);
		assertThat((byte[]) members.get(3).value()).containsExactly(1, 2);
		assertThat(members.get(4).value()).asList().hasSize(2);
		assertThat(members.get(4).parameters()).containsEntry("d", "*t");
	}

	@Test
	void theListParserRefusesWhatTheRfcRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("a;b=1.2345"));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("a;b=1."));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("a;b=\"x\\n\""));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("a;b=?2"));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("a,,b"));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredList.parse("(a b"));
	}

	@Test
	void aHugeResetIsReadAndCountsAsTheLongestWaitWithoutOverflowing() {
		Quota quota = QuotaHeaders.read("\"default\";r=0;t=999999999999999", "\"default\";q=1200;w=300");

		assertThat(quota.resetSeconds()).isEqualTo(999999999999999L);
		assertThat(quota.reset()).isEqualTo(Pauses.LONGEST_WAIT);
		assertThat(quota.header()).contains("t=999999999999999");
	}

	@Test
	void aResetLongerThanTheWindowCountsAsItIsABlockOutlastingTheWindow() {
		assertThat(plainRead("\"default\";r=0;t=900", "\"default\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 0, 900, 1200L, 300L));
	}

	@Test
	void moreLeftThanThePolicyAllowsCountsAsThePolicy() {
		assertThat(plainRead("\"default\";r=5000;t=30", "\"default\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 1200, 30, 1200L, 300L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"default\";q=0;w=300", "\"default\";q=1200;w=0", "\"default\";q=-1200;w=300",
			"\"default\";q=1200;w=-300", "\"default\";q=1200.5;w=300", "\"default\";q=1200;w=\"300\"",
			"\"default\";q=1200", "\"default\";w=300", "\"default\";q=1;w=31536001",
			"\"default\";q=999999999999999;w=1", "\"default\";q=100001;w=1", "\"default\";q=?1;w=300" })
	void anInsanePolicyIsNone(String policy) {
		assertThat(plainRead("\"default\";r=50;t=30", policy)).isEqualTo(new Quota("default", 50, 30, null, null));
	}

	@Test
	void theSlowestSanePolicyAllowedIsRead() {
		assertThat(plainRead("\"default\";r=1;t=30", "\"default\";q=1;w=31536000, \"default\";q=100000;w=1"))
			.isEqualTo(new Quota("default", 1, 30, 1L, 31536000L));
	}

	@Test
	void ofSeveralPoliciesOfTheNameTheTightestSaneOneCounts() {
		assertThat(plainRead("\"default\";r=50;t=30",
				"\"default\";q=0;w=1, \"default\";q=4000;w=300, \"default\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void theSameLimitTwiceCountsAsTheTighter() {
		assertThat(plainRead("\"default\";r=50;t=30, \"default\";r=10;t=30", "\"default\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 10, 30, 1200L, 300L));
	}

	@Test
	void aSpentLimitIsTighterThanAnyOtherAndOfSpentOnesTheLaterReset() {
		assertThat(plainRead("\"a\";r=1000;t=1, \"b\";r=0;t=10, \"c\";r=0;t=60", null))
			.isEqualTo(new Quota("c", 0, 60, null, null));
	}

	@Test
	void aRepeatedParameterCountsItsLastValueAsTheRfcSays() {
		assertThat(plainRead("\"default\";r=50;r=0;t=30", null)).isEqualTo(new Quota("default", 0, 30, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"default\";r=1e3;t=30", "\"default\";r=50;t=1.5", "\"default\";r=0x10;t=30",
			"\"default\";r=;t=30", "\"default\";r=50;t=3 0", "\"default\";r=50;t=٣" })
	void aNumberThatIsNoRfcIntegerIsNoQuota(String ratelimit) {
		assertThat(QuotaHeaders.read(ratelimit, null)).isNull();
	}

	@Test
	void aGiantFieldIsNotReadAtAll() {
		String giant = "\"default\";r=1;t=1, ".repeat(1000) + "\"default\";r=1;t=1";

		assertThat(QuotaHeaders.read(giant, null)).isNull();
		assertThat(plainRead("\"default\";r=5;t=1", giant)).isEqualTo(new Quota("default", 5, 1, null, null));
	}

	@Test
	void manyHeaderLinesAreNotJoinedBeyondTheLongestField() {
		List<String> lines = java.util.Collections.nCopies(100_000, "\"default\";r=1;t=1");

		assertThat(QuotaHeaders.read(Map.of("ratelimit", lines))).isNull();
	}

	@Test
	void theHeaderShownIsShortAndPrintable() {
		Quota quota = QuotaHeaders.read("\"default\";r=0;t=86400;note=\"" + "x".repeat(200) + "\"", null);

		assertThat(quota.header()).startsWith("Ratelimit: \"default\";r=0;t=86400;note=").endsWith("...");
		assertThat(quota.header()).hasSizeLessThan(80);
		assertThat(QuotaHeaders.shown("a\r\nb\u00e9")).isEqualTo("a??b?");
	}

	@Test
	void aPolicyMissingFromTheAnswerIsNotShown() {
		assertThat(QuotaHeaders.read("\"default\";r=5;t=1", null).header()).isEqualTo("Ratelimit: \"default\";r=5;t=1");
		assertThat(QuotaHeaders.read("\"default\";r=5;t=1", "junk junk").header())
			.isEqualTo("Ratelimit: \"default\";r=5;t=1");
	}

	/** The quota without the header it came from, to compare with one of numbers. */
	private static Quota plain(Quota quota) {
		return (quota != null)
				? new Quota(quota.name(), quota.remaining(), quota.resetSeconds(), quota.limit(), quota.windowSeconds())
				: null;
	}

	private static Quota plainRead(String ratelimit, String policy) {
		return plain(QuotaHeaders.read(ratelimit, policy));
	}

	private static Quota plainRead(Map<String, Collection<String>> headers) {
		return plain(QuotaHeaders.read(headers));
	}

}
