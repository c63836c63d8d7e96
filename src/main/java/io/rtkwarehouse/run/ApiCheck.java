package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.PropertyNames;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.config.RtkProperties.TimeFormat;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.run.RangeProbe.Asked;
import io.rtkwarehouse.run.RangeProbe.Reading;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.source.SourceStats;

import org.springframework.stereotype.Component;

/**
 * {@code check}: what the API of one account shows before anything is loaded, from a few
 * requests through the token's rate budget. It reads nothing from the warehouse and
 * writes nothing. The token and the apps listing, the quota the headers announce, and
 * which time format the API honours, from evidence: one app is asked, in each format, for
 * a day before it existed (which must answer zeros) and for yesterday.
 */
@Component
public class ApiCheck {

	/** The longest range the span issue wants to know about. */
	static final int LONG_RANGE_DAYS = 31;

	private final RealtimeKit source;

	private final RangeProbe probe;

	private final ConfiguredAccounts configured;

	private final PropertyNames propertyNames;

	private final Datasets datasets;

	ApiCheck(RealtimeKit source, Datasets datasets, RangeProbe probe, ConfiguredAccounts configured,
			PropertyNames propertyNames) {
		this.source = source;
		this.datasets = datasets;
		this.configured = configured;
		this.propertyNames = propertyNames;
		this.probe = probe;
	}

	/**
	 * Checks each account of the selection in turn, once the configuration is usable (a
	 * problem is {@link InvalidConfigurationException}, exit 2); the exit code is the
	 * worst. Unlike the runs, it needs neither the database nor the job machinery.
	 */
	public int checkAll(AccountRuns.Selection selection, PrintStream out, PrintStream err,
			AccountRuns.Failure failure) {
		List<String> problems = new ArrayList<>(this.propertyNames.problems());
		problems.addAll(this.configured.problems(true, true));
		problems.addAll(this.datasets.problems(this.configured.defaults().datasets()));
		if (!problems.isEmpty()) {
			throw new InvalidConfigurationException(problems);
		}
		List<RtkProperties> selected = this.configured.select(selection.id(), selection.index());
		int worst = ExitCodes.OK;
		for (RtkProperties account : selected) {
			this.source.stats(account).reset();
			int exitCode;
			try {
				exitCode = check(account, out);
			}
			catch (RuntimeException ex) {
				exitCode = failure.report(ex, err);
			}
			worst = AccountRuns.worst(worst, exitCode);
		}
		if (selected.size() > 1) {
			out.println(selected.size() + " accounts checked, exit " + worst + " (the worst of theirs)");
		}
		return worst;
	}

	/**
	 * Prints what the API shows for the account and a verdict; 0 all good, 1 a problem.
	 */
	public int check(RtkProperties account, PrintStream out) {
		out.println("check of account " + account.accountId() + " at " + account.baseUrl()
				+ " (reads and writes no warehouse)");
		List<AppInfo> apps;
		try {
			apps = this.source.apps(account);
		}
		catch (ApiAuthorizationException ex) {
			out.println("  token: refused: " + ex.getMessage());
			return verdict(out, account, false,
					"the token is refused; give a token with the Realtime or Realtime Admin permission", null);
		}
		out.println("  token: valid (it lists the account's apps)");
		out.println("  apps: " + apps.size() + describe(apps));
		out.println("  quota: " + quota(this.source.stats(account)));
		if (apps.isEmpty()) {
			return verdict(out, account, false, "the account has no app to ask, so the time format is not decided",
					null);
		}
		AppInfo app = apps.get(0);
		LocalDate empty = RangeProbe.emptyDay(app);
		LocalDate yesterday = this.probe.yesterday();
		String emptyWhy = (RangeProbe.created(app) != null) ? "before the app was created" : "long past";
		out.println("  time format, asking app " + app.id() + " for " + empty + " (" + emptyWhy
				+ ", must be zeros) and " + yesterday + " (recent):");
		Map<TimeFormat, Format> formats = new java.util.EnumMap<>(TimeFormat.class);
		try {
			for (TimeFormat format : TimeFormat.values()) {
				RtkProperties asked = account.withTimeFormat(format);
				Format result = format(asked, app.id(), empty, yesterday);
				formats.put(format, result);
				out.println("    " + name(format) + ((format == account.timeFormat()) ? " (rtk.time-format now)" : "")
						+ ": " + result.words());
			}
		}
		catch (ApiAuthorizationException ex) {
			out.println("  token: may list apps but not read analytics: " + ex.getMessage());
			return verdict(out, account, false,
					"the token may not read analytics; give it the Realtime or Realtime Admin permission", null);
		}
		TimeFormat now = account.timeFormat();
		List<TimeFormat> honoured = formats.entrySet()
			.stream()
			.filter((each) -> each.getValue().honoured())
			.map(Map.Entry::getKey)
			.toList();
		if (!honoured.isEmpty()) {
			TimeFormat use = honoured.contains(now) ? now : honoured.get(0);
			longRange(account.withTimeFormat(use), app.id(), yesterday, out);
		}
		out.println("  requests: " + this.source.stats(account).requests());
		if (honoured.contains(now)) {
			return verdict(out, account, true, "the API honours the time range as rtk.time-format sends it", now);
		}
		if (!honoured.isEmpty()) {
			return verdict(out, account, false,
					"the API does not honour rtk.time-format=" + name(now) + "; it honours " + name(honoured.get(0)),
					honoured.get(0));
		}
		boolean undecided = formats.values().stream().anyMatch((each) -> each.empty().reading() == Reading.FAILED);
		return verdict(out, account, false,
				undecided ? "the time format is not decided: a request failed (run check again)"
						: "the API ignores or refuses the time range in every format: a run would store the same"
								+ " totals for every day, so do not load this account",
				null);
	}

	private Format format(RtkProperties account, String appId, LocalDate empty, LocalDate yesterday) {
		Asked before = this.probe.ask(account, appId, empty, empty);
		Asked recent = (before.reading() == Reading.ZEROS) ? this.probe.ask(account, appId, yesterday, yesterday)
				: null;
		return new Format(before, recent);
	}

	private void longRange(RtkProperties account, String appId, LocalDate yesterday, PrintStream out) {
		Asked range = this.probe.ask(account, appId, yesterday.minusDays(LONG_RANGE_DAYS - 1), yesterday);
		String words = switch (range.reading()) {
			case ZEROS, NUMBERS -> "accepted";
			case REFUSED -> "refused (" + range.detail() + ")";
			default -> "not known (" + range.detail() + ")";
		};
		out.println("  a range of " + LONG_RANGE_DAYS + " days: " + words);
	}

	private static int verdict(PrintStream out, RtkProperties account, boolean ok, String why, TimeFormat use) {
		out.println("verdict: " + (ok ? "ok" : "problem") + ": " + why);
		if (use != null) {
			out.println("settings to use: rtk.time-format=" + name(use));
		}
		return ok ? ExitCodes.OK : ExitCodes.FAILED;
	}

	static String name(TimeFormat format) {
		return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String describe(List<AppInfo> apps) {
		if (apps.isEmpty()) {
			return "";
		}
		List<String> first = new ArrayList<>();
		apps.stream().limit(3).forEach((app) -> first.add(app.name() + " (" + app.id() + ")"));
		return ": " + first.stream().collect(Collectors.joining(", ")) + ((apps.size() > 3) ? ", ..." : "");
	}

	private static String quota(SourceStats stats) {
		String policy = stats.quotaPolicy();
		if (policy == null) {
			return "none announced in the headers (the rate budget keeps rtk.rate.requests-per-second)";
		}
		long left = stats.quotaRemaining();
		return policy + " announced" + ((left >= 0) ? ", " + left + " left" : "");
	}

	/**
	 * What one time format showed: the empty day's reading and, after zeros, yesterday's.
	 */
	private record Format(Asked empty, Asked recent) {

		boolean honoured() {
			return this.empty.reading() == Reading.ZEROS && this.recent != null
					&& (this.recent.reading() == Reading.ZEROS || this.recent.reading() == Reading.NUMBERS);
		}

		String words() {
			return switch (this.empty.reading()) {
				case NUMBERS -> "range ignored: the day that cannot hold data answered numbers";
				case REFUSED -> "refused (" + this.empty.detail() + ")";
				case FAILED -> "not decided: " + this.empty.detail();
				case NOT_ASKED -> "not asked: " + this.empty.detail();
				case ZEROS -> switch (this.recent.reading()) {
					case NUMBERS -> "honoured: zeros before, numbers for the recent day";
					case ZEROS -> "honoured: zeros before, zeros for the recent day too (no activity to compare)";
					case REFUSED -> "refused for the recent day (" + this.recent.detail() + ")";
					default -> "not decided: " + this.recent.detail();
				};
			};
		}

	}

}
