package io.rtkwarehouse.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The columns that name a window, first in every statement that writes one; and the
 * streaming of stored answers that rebuilds read.
 */
public final class Columns {

	private Columns() {
	}

	/**
	 * Streams the rows of a query to {@code handler} a batch at a time, however many
	 * there are: for a rebuild from the raw answers.
	 */
	public static void stream(JdbcTemplate jdbcTemplate, String sql, int fetchSize, RowCallbackHandler handler,
			Object... params) {
		jdbcTemplate.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.setFetchSize(fetchSize);
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			return statement;
		}, handler);
	}

	/** Sets parameters 1 to 6: account, app, day, zone, window start and end. */
	public static void window(PreparedStatement ps, String accountId, String appId, LocalDate day, String zone,
			Instant start, Instant end) throws SQLException {
		ps.setString(1, accountId);
		ps.setString(2, appId);
		ps.setObject(3, day);
		ps.setString(4, zone);
		ps.setTimestamp(5, Timestamp.from(start));
		ps.setTimestamp(6, Timestamp.from(end));
	}

}
