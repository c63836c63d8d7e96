package io.rtkwarehouse.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** The columns that name a window, first in every statement that writes one. */
final class Columns {

	private Columns() {
	}

	/** Sets parameters 1 to 6: account, app, day, zone, window start and end. */
	static void window(PreparedStatement ps, String accountId, String appId, LocalDate day, String zone, Instant start,
			Instant end) throws SQLException {
		ps.setString(1, accountId);
		ps.setString(2, appId);
		ps.setObject(3, day);
		ps.setString(4, zone);
		ps.setTimestamp(5, Timestamp.from(start));
		ps.setTimestamp(6, Timestamp.from(end));
	}

}
