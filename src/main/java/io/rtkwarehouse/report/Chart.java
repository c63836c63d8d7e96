package io.rtkwarehouse.report;

import java.time.LocalDate;
import java.time.Month;

import io.rtkwarehouse.window.DayRange;

/**
 * A day-by-day chart as inline SVG: viewer hours as a filled area (left axis) and
 * livestreams as a line (right axis), with a gap where a day has no numbers (missing,
 * failed).
 */
final class Chart {

	private static final int WIDTH = 940;

	private static final int HEIGHT = 150;

	private static final int LEFT = 56;

	private static final int RIGHT = 56;

	private static final int TOP = 8;

	private static final int BOTTOM = 20;

	private Chart() {
	}

	/**
	 * @param viewerSeconds per day of the range, {@code -1} where the day has no numbers
	 * @param livestreams per day of the range, {@code -1} where the day has no numbers
	 */
	static void appendTo(DayRange range, long[] viewerSeconds, long[] livestreams, StringBuilder html) {
		int days = viewerSeconds.length;
		double maxHours = Math.max(1, max(viewerSeconds) / 3600.0);
		long maxLivestreams = Math.max(1, max(livestreams));
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = (days > 1) ? plotWidth / (days - 1) : 0;
		html.append("<svg class=\"chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"viewer hours and livestreams per day\">");
		html.append("<line class=\"axis\" x1=\"")
			.append(LEFT)
			.append("\" y1=\"")
			.append(HEIGHT - BOTTOM)
			.append("\" x2=\"")
			.append(WIDTH - RIGHT)
			.append("\" y2=\"")
			.append(HEIGHT - BOTTOM)
			.append("\"/>");
		for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusMonths(1).withDayOfMonth(1)) {
			if (day.getMonth() == Month.JANUARY || day.equals(range.from())) {
				double x = LEFT + step * (day.toEpochDay() - range.from().toEpochDay());
				html.append("<text class=\"tick\" x=\"")
					.append(round(x))
					.append("\" y=\"")
					.append(HEIGHT - 6)
					.append("\">")
					.append(day.getMonth() == Month.JANUARY ? String.valueOf(day.getYear()) : day.toString())
					.append("</text>");
			}
		}
		html.append("<text class=\"tick\" x=\"")
			.append(WIDTH - RIGHT)
			.append("\" y=\"")
			.append(HEIGHT - 6)
			.append("\" text-anchor=\"end\">")
			.append(range.to())
			.append("</text>");
		html.append("<path class=\"hours\" d=\"");
		path(viewerSeconds, maxHours * 3600, step, plotHeight, true, html);
		html.append("\"/><path class=\"livestreams\" d=\"");
		path(livestreams, maxLivestreams, step, plotHeight, false, html);
		html.append("\"/><text class=\"label hours\" x=\"")
			.append(LEFT - 4)
			.append("\" y=\"")
			.append(TOP + 10)
			.append("\" text-anchor=\"end\">")
			.append(Html.hours((long) (maxHours * 3600)))
			.append(" h</text><text class=\"label livestreams\" x=\"")
			.append(WIDTH - RIGHT + 4)
			.append("\" y=\"")
			.append(TOP + 10)
			.append("\">")
			.append(Html.count(maxLivestreams))
			.append("</text></svg>");
	}

	/**
	 * The line (or area) through the days that have numbers, lifted where they have none.
	 */
	private static void path(long[] values, double max, double step, double plotHeight, boolean area, StringBuilder d) {
		double base = TOP + plotHeight;
		int start = -1;
		for (int i = 0; i <= values.length; i++) {
			boolean has = i < values.length && values[i] >= 0;
			if (has) {
				double x = LEFT + step * i;
				double y = base - plotHeight * values[i] / max;
				if (start < 0) {
					start = i;
					d.append('M').append(round(x)).append(' ').append(round(area ? base : y));
				}
				d.append('L').append(round(x)).append(' ').append(round(y));
			}
			else if (start >= 0) {
				if (area) {
					d.append('L').append(round(LEFT + step * (i - 1))).append(' ').append(round(base)).append('Z');
				}
				start = -1;
			}
		}
	}

	private static long max(long[] values) {
		long max = 0;
		for (long value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	private static String round(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? String.valueOf(tenths / 10) : String.valueOf(tenths / 10.0);
	}

}
