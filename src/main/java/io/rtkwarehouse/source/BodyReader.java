package io.rtkwarehouse.source;

/** Reads the body of a successful answer into what a dataset keeps of it. */
@FunctionalInterface
public interface BodyReader<T> {

	T read(String body) throws InvalidBodyException;

}
