package io.rtkwarehouse.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;

/**
 * Answers an API request: first the gateway (404 unknown path, 405, 401 unknown token,
 * 404 account, 403 another account's token, the token's {@link CloudflareQuota}, 429 rate
 * limit), then the endpoint's validation (404 unknown app, 400), then the
 * {@link AnswerHook}, then the endpoint's answer through the random {@link Faults}.
 */
final class Routes {

	private final Faults faults;

	private final RateLimiter rateLimiter = new RateLimiter();

	private final CloudflareQuota quota;

	private final Daywise daywise;

	private volatile String token = ApiSimulator.DEFAULT_TOKEN;

	private volatile String account = ApiSimulator.DEFAULT_ACCOUNT;

	private volatile AppCatalog catalog = new AppCatalog(SampleData.apps(3));

	private final Activity activity = new Activity(() -> this.catalog);

	private final RangeRules rules;

	private volatile TimeFormat timeFormat = TimeFormat.EPOCH_SECONDS;

	private volatile AnswerHook hook;

	/** Each account's token, when several accounts are served; else {@link #token}. */
	private volatile Map<String, String> tokens;

	/** A quota of its own for some tokens; the others spend {@link #quota}. */
	private final Map<String, CloudflareQuota> tokenQuotas = new ConcurrentHashMap<>();

	Routes(Faults faults, CloudflareQuota quota, Daywise daywise, RangeCounts counts) {
		this.rules = new RangeRules(this.activity, counts);
		this.daywise = daywise;
		this.faults = faults;
		this.quota = quota;
	}

	void token(String token) {
		this.token = Objects.requireNonNull(token, "token");
	}

	void accounts(Map<String, String> tokenByAccount) {
		this.tokens = (tokenByAccount != null) ? Map.copyOf(tokenByAccount) : null;
		if (tokenByAccount == null) {
			this.tokenQuotas.clear();
		}
	}

	CloudflareQuota quota(String token) {
		return this.tokenQuotas.computeIfAbsent(token, (key) -> new CloudflareQuota());
	}

	void account(String account) {
		this.account = Objects.requireNonNull(account, "account");
	}

	void apps(List<App> apps) {
		this.catalog = new AppCatalog(apps);
	}

	List<App> apps() {
		return catalog.list();
	}

	Activity activity() {
		return activity;
	}

	RangeRules rules() {
		return rules;
	}

	void timeFormat(TimeFormat format) {
		this.timeFormat = Objects.requireNonNull(format, "format");
	}

	TimeFormat timeFormat() {
		return timeFormat;
	}

	void rateLimit(double requestsPerSecond) {
		rateLimiter.rate(requestsPerSecond);
	}

	void hook(AnswerHook hook) {
		this.hook = hook;
	}

	Reply answer(Request request) {
		Route route = request.route();
		if (route.kind() == Route.Kind.UNKNOWN) {
			return Reply.notFound();
		}
		if (!"GET".equals(request.method())) {
			return Reply.notAllowed("GET");
		}
		Map<String, String> byAccount = tokens;
		if (byAccount == null) {
			if (!("Bearer " + token).equals(request.authorization())) {
				return new Reply(401, Bodies.AUTH_FAILED);
			}
		}
		else if (byAccount.values()
			.stream()
			.noneMatch((known) -> ("Bearer " + known).equals(request.authorization()))) {
			return new Reply(401, Bodies.AUTH_FAILED);
		}
		boolean served = (byAccount == null) ? account.equals(route.account()) : byAccount.containsKey(route.account());
		if (!served) {
			return new Reply(404,
					Bodies.errorsBody(7003, "Could not route to " + request.path().substring(Route.API_PREFIX.length())
							+ ", perhaps your object identifier is invalid?"));
		}
		if (byAccount != null && !("Bearer " + byAccount.get(route.account())).equals(request.authorization())) {
			// A valid token of another account: Cloudflare's answer to a token without
			// access to this account.
			return new Reply(403, Bodies.AUTH_FAILED);
		}
		String bearer = request.authorization();
		CloudflareQuota own = (bearer != null && bearer.startsWith("Bearer "))
				? tokenQuotas.get(bearer.substring("Bearer ".length())) : null;
		CloudflareQuota.Admission admission = ((own != null) ? own : quota).admit(System.nanoTime());
		if (admission == null) {
			return admitted(request);
		}
		if (!admission.accepted()) {
			return new Reply(429, Bodies.TOO_MANY_REQUESTS, admission.headers(), java.time.Duration.ZERO);
		}
		return admitted(request).with(admission.headers());
	}

	private Reply admitted(Request request) {
		Route route = request.route();
		if (!rateLimiter.tryAcquire(System.nanoTime())) {
			return faults.tooManyRequests();
		}
		try {
			return switch (route.kind()) {
				case APPS -> answerApps(request.query());
				case LIVESTREAM_DAYWISE, USAGE_DAYWISE -> answerDaywise(request);
				default -> answerOverall(request);
			};
		}
		catch (BadRequest e) {
			return new Reply(400, Bodies.errorBody(400, e.getMessage()));
		}
	}

	private Reply answerOverall(Request request) {
		String appId = request.route().appId();
		if (!catalog.ids().contains(appId)) {
			return new Reply(404, Bodies.errorBody(404, "App " + appId + " not found"));
		}
		RangeRules.Range range = rules.read(appId, request.query(), timeFormat);
		Answer hooked = ask(appId, range.start());
		if (hooked != null && hooked.fixed()) {
			return faults.fixed(hooked.status(), hooked.body());
		}
		Numbers numbers = rules.numbers(appId, range, () -> (hooked != null && hooked.servedNumbers() != null)
				? hooked.servedNumbers() : own(appId, range.start(), range.end()));
		return serve(hooked, Bodies.successBody(numbers));
	}

	private Reply answerDaywise(Request request) {
		String appId = request.route().appId();
		if (!catalog.ids().contains(appId)) {
			return new Reply(404, Bodies.errorBody(404, "App " + appId + " not found"));
		}
		String body;
		long firstDay;
		if (request.route().kind() == Route.Kind.USAGE_DAYWISE) {
			LocalDate[] dates = Daywise.dates(request.query());
			rules.checkDates(dates[0], dates[1]);
			firstDay = dates[0].toEpochDay() * Daywise.DAY;
			body = daywise.usage(dates[0], dates[1], (day) -> rules.usage(appId, day));
		}
		else {
			RangeRules.Range range = rules.read(appId, request.query(), timeFormat);
			firstDay = Math.floorDiv(range.start(), Daywise.DAY) * Daywise.DAY;
			body = daywise.livestreams(range.start(), range.end(), (day) -> rules.numbers(appId,
					new RangeRules.Range(day, day + Daywise.DAY, false), () -> own(appId, day, day + Daywise.DAY)));
		}
		Answer hooked = ask(appId, firstDay);
		if (hooked != null && hooked.fixed()) {
			return faults.fixed(hooked.status(), hooked.body());
		}
		return serve((hooked != null && hooked.servedNumbers() == null) ? hooked : null, body);
	}

	/**
	 * A window's numbers as the hook scripts them, else as the apps' activity has them.
	 */
	private Numbers own(String appId, long start, long end) {
		AnswerHook current = hook;
		Numbers scripted = (current != null) ? current.numbers(appId, start) : null;
		return (scripted != null) ? scripted : activity.totals(appId, start, end);
	}

	private Reply answerApps(Map<String, String> query) {
		long page = QueryParams.positiveNumber(query, "page_no", 1);
		long perPage = QueryParams.positiveNumber(query, "per_page", 20);
		List<App> apps = catalog.select(query.get("search"), query.get("sort_order"));
		Answer hooked = ask(null, null);
		if (hooked != null && hooked.servedNumbers() != null) {
			throw new IllegalStateException("the hook answered the apps listing with numbers");
		}
		if (hooked != null && hooked.fixed()) {
			return faults.fixed(hooked.status(), hooked.body());
		}
		return serve(hooked, Bodies.appsPage(apps, page, perPage));
	}

	/** The endpoint's own body, as the hook shapes it or else through the faults. */
	private Reply serve(Answer hooked, String own) {
		StreamedBody shaped = (hooked != null) ? hooked.shape(own) : null;
		return (shaped != null) ? new Reply(200, shaped) : faults.apply(own);
	}

	private Answer ask(String appId, Long windowStart) {
		AnswerHook current = hook;
		return current == null ? null : current.answer(appId, windowStart);
	}

}
