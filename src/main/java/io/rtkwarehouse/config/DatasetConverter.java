package io.rtkwarehouse.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads one name of {@code rtk.datasets}, so that a mistyped one is refused with the
 * names that exist.
 */
@Component
@ConfigurationPropertiesBinding
class DatasetConverter implements Converter<String, Dataset> {

	@Override
	public Dataset convert(String id) {
		return Dataset.of(id);
	}

}
