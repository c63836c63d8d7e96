package io.rtkwarehouse.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * {@code rtk.*} properties that no setting has: a typo such as {@code --rtk.zome} would
 * otherwise be ignored silently, and the run would load in the default zone. Environment
 * variables are not checked (their names map to properties loosely, and other tools use
 * {@code RTK_} too).
 */
@Component
public class PropertyNames {

	private final ConfigurableEnvironment environment;

	private final Set<String> known = known("rtk", RtkProperties.class);

	PropertyNames(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	/** A sentence per unknown {@code rtk.*} property, with the nearest known one. */
	public List<String> problems() {
		Set<String> unknown = new TreeSet<>();
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
					|| !(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue;
			}
			for (String name : enumerable.getPropertyNames()) {
				ConfigurationPropertyName property = ConfigurationPropertyName.adapt(name, '.');
				if (property.getNumberOfElements() > 0
						&& property.getElement(0, ConfigurationPropertyName.Form.UNIFORM).equals("rtk")
						&& !isKnown(property)) {
					unknown.add(name);
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (String name : unknown) {
			problems.add("unknown property " + name + " (did you mean " + nearest(name) + "?)");
		}
		return problems;
	}

	private boolean isKnown(ConfigurationPropertyName property) {
		StringBuilder uniform = new StringBuilder();
		for (int i = 0; i < property.getNumberOfElements(); i++) {
			if (property.isNumericIndex(i)) {
				continue;
			}
			uniform.append((uniform.length() > 0) ? "." : "")
				.append(property.getElement(i, ConfigurationPropertyName.Form.UNIFORM));
		}
		return this.known.stream().anyMatch((name) -> uniform(name).equals(uniform.toString()));
	}

	private String nearest(String name) {
		return this.known.stream()
			.min(Comparator.comparingInt((String known) -> distance(uniform(known), uniform(name))))
			.orElse("rtk.zone");
	}

	private static String uniform(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

	/** The names of a record's settings, nested records included, in kebab case. */
	private static Set<String> known(String prefix, Class<?> type) {
		Set<String> names = new TreeSet<>();
		RecordComponent[] components = type.getRecordComponents();
		Parameter[] parameters = canonicalConstructor(type, components).getParameters();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			// @Name sits on the constructor's parameter, where the binder reads it.
			Name renamed = parameters[i].getAnnotation(Name.class);
			String name = prefix + "." + kebab((renamed != null) ? renamed.value() : component.getName());
			Class<?> componentType = component.getType();
			if (List.class.isAssignableFrom(componentType)
					&& component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				// A list of records, such as rtk.accounts: its entries' settings,
				// whatever
				// the index.
				names.addAll(known(name, element));
			}
			else if (componentType.isRecord()) {
				names.addAll(known(name, componentType));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

	private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			return type.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " has no canonical constructor", ex);
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			previous = current;
		}
		return previous[b.length()];
	}

}
