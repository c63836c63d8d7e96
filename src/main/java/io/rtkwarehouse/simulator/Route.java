package io.rtkwarehouse.simulator;

/** Which endpoint a path names, with the account and app ids it holds. */
record Route(Kind kind, String account, String appId) {

	static final String API_PREFIX = "/client/v4";

	private static final Route UNKNOWN = new Route(Kind.UNKNOWN, null, null);

	enum Kind {

		APPS, OVERALL, LIVESTREAM_DAYWISE, USAGE_DAYWISE, UNKNOWN

	}

	/**
	 * Matches {@code /client/v4/accounts/{a}/realtime/kit/apps} and
	 * {@code .../kit/{app}/analytics/livestreams/overall},
	 * {@code .../livestreams/daywise} and {@code .../kit/{app}/analytics/daywise}.
	 */
	static Route of(String path) {
		String[] parts = path.split("/", -1);
		boolean kit = parts.length >= 8 && parts[0].isEmpty() && "client".equals(parts[1]) && "v4".equals(parts[2])
				&& "accounts".equals(parts[3]) && "realtime".equals(parts[5]) && "kit".equals(parts[6]);
		if (kit && parts.length == 8 && "apps".equals(parts[7])) {
			return new Route(Kind.APPS, parts[4], null);
		}
		boolean analytics = kit && parts.length >= 10 && "analytics".equals(parts[8]) && !parts[7].isEmpty();
		if (analytics && parts.length == 11 && "livestreams".equals(parts[9]) && "overall".equals(parts[10])) {
			return new Route(Kind.OVERALL, parts[4], parts[7]);
		}
		if (analytics && parts.length == 11 && "livestreams".equals(parts[9]) && "daywise".equals(parts[10])) {
			return new Route(Kind.LIVESTREAM_DAYWISE, parts[4], parts[7]);
		}
		if (analytics && parts.length == 10 && "daywise".equals(parts[9])) {
			return new Route(Kind.USAGE_DAYWISE, parts[4], parts[7]);
		}
		return UNKNOWN;
	}

}
