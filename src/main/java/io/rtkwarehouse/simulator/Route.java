package io.rtkwarehouse.simulator;

/** Which endpoint a path names, with the account and app ids it holds. */
record Route(Kind kind, String account, String appId) {

	static final String API_PREFIX = "/client/v4";

	private static final Route UNKNOWN = new Route(Kind.UNKNOWN, null, null);

	enum Kind {

		APPS, OVERALL, UNKNOWN

	}

	/**
	 * Matches {@code /client/v4/accounts/{a}/realtime/kit/apps} and
	 * {@code .../kit/{app}/analytics/livestreams/overall}.
	 */
	static Route of(String path) {
		String[] parts = path.split("/", -1);
		boolean kit = parts.length >= 8 && parts[0].isEmpty() && "client".equals(parts[1]) && "v4".equals(parts[2])
				&& "accounts".equals(parts[3]) && "realtime".equals(parts[5]) && "kit".equals(parts[6]);
		if (kit && parts.length == 8 && "apps".equals(parts[7])) {
			return new Route(Kind.APPS, parts[4], null);
		}
		if (kit && parts.length == 11 && "analytics".equals(parts[8]) && "livestreams".equals(parts[9])
				&& "overall".equals(parts[10]) && !parts[7].isEmpty()) {
			return new Route(Kind.OVERALL, parts[4], parts[7]);
		}
		return UNKNOWN;
	}

}
