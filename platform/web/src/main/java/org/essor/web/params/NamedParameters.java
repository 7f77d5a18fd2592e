package org.essor.web.params;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.essor.kernel.InvalidValueException;

/**
 * Converts typed query, path and header parameters as JAX-RS would ({@code valueOf}, {@code fromString}, a String
 * constructor, {@code parse} for dates), but a value that does not convert is a 400 naming the parameter and what
 * it accepts, where JAX-RS answers a bare 404.
 */
@Provider
public class NamedParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class);

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null || rawType == String.class) {
            return null;
        }
        Class<?> type = BOXES.getOrDefault(rawType, rawType);
        Function<String, Object> parse = parserOf(type);
        if (parse == null) {
            return null;
        }
        return new Converter<>(name, rawType.isPrimitive(), parse, expectationOf(type));
    }

    private record Converter<T>(String name, boolean required, Function<String, Object> parse, String expectation)
            implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || (value.isBlank() && !required)) {
                return null;
            }
            try {
                return (T) parse.apply(value.trim());
            } catch (RuntimeException e) {
                throw new InvalidValueException(name, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static Function<String, Object> parserOf(Class<?> type) {
        if (type == Boolean.class) {
            return value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(value);
            };
        }
        for (String factory : new String[] {"fromString", "valueOf", "parse"}) {
            for (Class<?> argument : new Class<?>[] {String.class, CharSequence.class}) {
                Method method = staticMethod(type, factory, argument);
                if (method != null) {
                    return value -> invoke(() -> method.invoke(null, value));
                }
            }
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return value -> invoke(() -> constructor.newInstance(value));
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method staticMethod(Class<?> type, String name, Class<?> argument) {
        try {
            Method method = type.getMethod(name, argument);
            return Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invoke(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expectationOf(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return "a whole number";
        }
        if (type == Double.class || type == Float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID such as 3f2c8f0e-5b1a-4d8e-9c57-2f4b6a1d0e93";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "a valid " + type.getSimpleName();
    }
}
