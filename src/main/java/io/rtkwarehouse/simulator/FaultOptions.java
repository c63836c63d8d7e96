package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;

/**
 * The {@code simulator} command's options for faults: the random shares, how slow, huge
 * and trickling answers are, chunked bodies, and the seed of it all.
 */
final class FaultOptions {

	@Option(names = "--server-error-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 500/502/503 answers, 0..1")
	private double serverErrorShare;

	@Option(names = "--too-many-requests-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 429 answers, 0..1")
	private double tooManyRequestsShare;

	@Option(names = "--retry-after", paramLabel = "<seconds>", defaultValue = "1",
			description = "retry-after seconds sent with 429, 0 = none")
	private int retryAfter;

	@Option(names = "--broken-body-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 200s with a cut-off body, 0..1")
	private double brokenBodyShare;

	@Option(names = "--unsuccessful-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 200s with success=false, 0..1")
	private double unsuccessfulShare;

	@Option(names = "--slow-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of answers delayed by --slow-ms, 0..1")
	private double slowShare;

	@Option(names = "--slow-ms", paramLabel = "<ms>", defaultValue = "2000", description = "delay of slow answers")
	private long slowMs;

	@Option(names = "--huge-body-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 200s padded to --huge-body-bytes of valid JSON, 0..1")
	private double hugeBodyShare;

	@Option(names = "--huge-body-bytes", paramLabel = "<bytes>", defaultValue = "52428800",
			description = "size of huge bodies, streamed")
	private long hugeBodyBytes;

	@Option(names = "--trickle-share", paramLabel = "<share>", defaultValue = "0",
			description = "share of 200s sent a space every --trickle-every-ms for --trickle-ms, then the body, 0..1")
	private double trickleShare;

	@Option(names = "--trickle-ms", paramLabel = "<ms>", defaultValue = "30000",
			description = "how long a trickling body takes")
	private long trickleMs;

	@Option(names = "--trickle-every-ms", paramLabel = "<ms>", defaultValue = "500",
			description = "how often a trickling body sends a byte")
	private long trickleEveryMs;

	@Option(names = "--chunked", description = "send bodies chunked, without a Content-Length")
	private boolean chunked;

	@Option(names = "--seed", paramLabel = "<seed>", defaultValue = "" + ApiSimulator.DEFAULT_SEED,
			description = "seed of the random faults")
	private long seed;

	@Option(names = "--disagree-days", split = ",", paramLabel = "<YYYY-MM-DD>",
			description = "UTC days on which livestream daywise differs from overall (ingest +60 s, viewer +600 s)")
	private List<LocalDate> disagreeDays = List.of();

	@Option(names = "--unknown-days", split = ",", paramLabel = "<YYYY-MM-DD>",
			description = "UTC days on which livestream daywise answers null ingest and viewer seconds")
	private List<LocalDate> unknownDays = List.of();

	@Option(names = "--omit-usage-days", split = ",", paramLabel = "<YYYY-MM-DD>",
			description = "dates that usage daywise answers leave out")
	private List<LocalDate> omitUsageDays = List.of();

	void validate(OptionRules rules) {
		rules.share(serverErrorShare, "--server-error-share");
		rules.share(tooManyRequestsShare, "--too-many-requests-share");
		rules.check(retryAfter >= 0, "--retry-after", "must be an integer >= 0");
		rules.share(brokenBodyShare, "--broken-body-share");
		rules.share(unsuccessfulShare, "--unsuccessful-share");
		rules.share(slowShare, "--slow-share");
		rules.milliseconds(slowMs, "--slow-ms");
		rules.share(hugeBodyShare, "--huge-body-share");
		rules.check(hugeBodyBytes >= 1, "--huge-body-bytes", "must be an integer >= 1");
		rules.share(trickleShare, "--trickle-share");
		rules.milliseconds(trickleMs, "--trickle-ms");
		rules.check(trickleEveryMs >= 1 && trickleEveryMs <= Integer.MAX_VALUE, "--trickle-every-ms",
				"must be an integer >= 1");
	}

	ApiSimulator configure(ApiSimulator simulator) {
		simulator.daywise()
			.disagreeOn(Set.copyOf(disagreeDays))
			.unknownOn(Set.copyOf(unknownDays))
			.omitUsageDays(Set.copyOf(omitUsageDays));
		return simulator.serverErrorShare(serverErrorShare)
			.tooManyRequestsShare(tooManyRequestsShare)
			.retryAfterSeconds(retryAfter)
			.brokenBodyShare(brokenBodyShare)
			.unsuccessfulShare(unsuccessfulShare)
			.slowShare(slowShare)
			.slowDelay(Duration.ofMillis(slowMs))
			.hugeBodyShare(hugeBodyShare)
			.hugeBodyBytes(hugeBodyBytes)
			.trickleShare(trickleShare)
			.trickleFor(Duration.ofMillis(trickleMs))
			.trickleEvery(Duration.ofMillis(trickleEveryMs))
			.chunked(chunked)
			.seed(seed);
	}

}
