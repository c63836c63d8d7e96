package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.source.QuotaHeaders.Quota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuotaHeadersTests {

	@Test
	void readsCloudflaresTwoHeaders() {
		Quota quota = QuotaHeaders.read("\"default\";r=50;t=30", "\"default\";q=1200;w=300");

		assertThat(quota).isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
		assertThat(quota.policy()).isEqualTo("1200 per 300 s");
	}

	@Test
	void readsHeadersByNameWhateverTheirCase() {
		Quota quota = QuotaHeaders
			.read(Map.of("ratelimit", List.of("\"default\";r=5;t=3"), "ratelimit-policy", List.of("default;q=9;w=4")));

		assertThat(quota).isEqualTo(new Quota("default", 5, 3, 9L, 4L));
	}

	@Test
	void aTokenNameMatchesAQuotedOne() {
		assertThat(QuotaHeaders.read("default;r=1;t=2", "\"default\";q=3;w=4"))
			.isEqualTo(new Quota("default", 1, 2, 3L, 4L));
	}

	@Test
	void parametersInAnyOrderAndUnknownOnesAreRead() {
		assertThat(QuotaHeaders.read("\"default\";pk=:AQID:;t=30;x=\"y\";r=50;burst=?1",
				"\"default\";w=300;q=1200;qu=\"requests\""))
			.isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void ofSeveralLimitsTheTightestCounts() {
		Quota quota = QuotaHeaders.read("\"hour\";r=3000;t=600, \"default\";r=50;t=30",
				"\"hour\";q=4000;w=3600, \"default\";q=1200;w=300");

		assertThat(quota).isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void severalHeaderLinesAreOneList() {
		Quota quota = QuotaHeaders.read(Map.of("ratelimit", List.of("\"a\";r=100;t=10", "\"b\";r=1;t=10")));

		assertThat(quota).isEqualTo(new Quota("b", 1, 10, null, null));
	}

	@Test
	void whitespaceAroundMembersIsAllowed() {
		assertThat(QuotaHeaders.read("  \"default\";r=50;t=30 ,\t\"x\";r=900;t=1  ", "\"default\";q=1200;w=300 "))
			.isEqualTo(new Quota("default", 50, 30, 1200L, 300L));
	}

	@Test
	void withoutAPolicyTheQuotaHasNoLimit() {
		assertThat(QuotaHeaders.read("\"default\";r=50;t=30", null))
			.isEqualTo(new Quota("default", 50, 30, null, null));
		assertThat(QuotaHeaders.read("\"default\";r=50;t=30", "\"other\";q=1200;w=300"))
			.isEqualTo(new Quota("default", 50, 30, null, null));
	}

	@Test
	void aPolicyThatIsJunkLeavesTheQuota() {
		assertThat(QuotaHeaders.read("\"default\";r=50;t=30", "1200/300"))
			.isEqualTo(new Quota("default", 50, 30, null, null));
		assertThat(QuotaHeaders.read("\"default\";r=50;t=30", "\"default\";q=0;w=300"))
			.isEqualTo(new Quota("default", 50, 30, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "junk junk", "r=50;t=30", "\"default\";r=50", "\"default\";t=30",
			"\"default\";r=-1;t=30", "\"default\";r=50;t=-3", "\"default\";r=1234567890123456;t=30",
			"\"default\";r=5.5;t=30", "\"default\";r=\"50\";t=30", "\"default\";R=50;t=30", "\"default\",",
			"\"default\";r=50;t=30,", "\"unterminated;r=50;t=30", "\"default\";r=50;;t=30", "\"default\" ;r=50;t=30",
			"\"défault\";r=50;t=30", "\"default\";r=50;t=30 junk", "(\"a\" \"b\");r=5;t=1" })
	void junkIsNoQuota(String ratelimit) {
		assertThat(QuotaHeaders.read(ratelimit, "\"default\";q=1200;w=300")).isNull();
	}

	@Test
	void noHeaderIsNoQuota() {
		assertThat(QuotaHeaders.read(Map.of())).isNull();
		assertThat(QuotaHeaders.read(null, "\"default\";q=1200;w=300")).isNull();
	}

	@Test
	void hugeButWellFormedNumbersAreRead() {
		assertThat(QuotaHeaders.read("\"default\";r=999999999999999;t=0", null))
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

}
