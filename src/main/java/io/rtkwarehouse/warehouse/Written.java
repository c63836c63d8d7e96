package io.rtkwarehouse.warehouse;

/**
 * The days one job execution wrote rows for: how many, how many were new, how many
 * changed a number; those neither new nor changed were unchanged.
 */
public record Written(long loaded, long created, long changed) {

	public static final Written NONE = new Written(0, 0, 0);

	public long unchanged() {
		return this.loaded - this.created - this.changed;
	}

	public Written plus(Written other) {
		return new Written(this.loaded + other.loaded, this.created + other.created, this.changed + other.changed);
	}

}
