package dev.migrationstudio.core.history;

import dev.migrationstudio.core.cache.Sha256;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records and enums a {@link ParsedStatement} can hold, found by walking the sealed statement model, each with
 * a stable number: the parse cache writes the number instead of a class name, and {@link #schemaId()} (a digest of
 * every class, component and constant) tells a cache written for another shape of the model, which is ignored.
 * A new statement record needs nothing here.
 */
final class CachedTypes {
    static final CachedTypes STATEMENTS = new CachedTypes(ParsedStatement.class);
    /** Where the model's classes live; a component of any other type (JDK values aside) cannot be cached. */
    private static final String MODEL_PACKAGES = "dev.migrationstudio.core.";

    /** How to take a record apart and build it again. */
    record RecordType(Class<?> type, Method[] accessors, Constructor<?> constructor) {
    }

    private final List<Class<?>> types;
    private final Map<Class<?>, Integer> numbers = new HashMap<>();
    private final Map<Class<?>, RecordType> records = new HashMap<>();
    private final String schemaId;

    private CachedTypes(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        visit(root, found);
        types = found.stream().filter(c -> c.isRecord() || c.isEnum())
                .sorted(Comparator.comparing(Class::getName)).toList();
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            Class<?> type = types.get(i);
            numbers.put(type, i);
            schema.append(type.getName());
            if (type.isRecord()) {
                records.put(type, recordType(type));
                for (RecordComponent component : type.getRecordComponents()) {
                    schema.append(' ').append(component.getGenericType().getTypeName()).append(' ')
                            .append(component.getName());
                }
            } else {
                schema.append(Arrays.toString(type.getEnumConstants()));
            }
            schema.append('\n');
        }
        schemaId = Sha256.hex(schema.toString());
    }

    private static void visit(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, found);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith(MODEL_PACKAGES) && found.add(c)) {
            if (c.isSealed()) {
                for (Class<?> permitted : c.getPermittedSubclasses()) {
                    visit(permitted, found);
                }
            }
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    visit(component.getGenericType(), found);
                }
            }
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (nested.isEnum()) {
                    visit(nested, found);
                }
            }
        }
    }

    private static RecordType recordType(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            parameterTypes[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new RecordType(type, accessors, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + type, e);
        }
    }

    /** The number of a record or enum of the model; IllegalArgumentException for any other class. */
    int numberOf(Class<?> type) {
        Integer number = numbers.get(type);
        if (number == null) {
            throw new IllegalArgumentException("not part of the statement model: " + type.getName());
        }
        return number;
    }

    /** The class numbered {@code number}; IllegalArgumentException when there is none (a damaged entry). */
    Class<?> type(int number) {
        if (number < 0 || number >= types.size()) {
            throw new IllegalArgumentException("no cached type numbered " + number);
        }
        return types.get(number);
    }

    RecordType record(Class<?> type) {
        RecordType record = records.get(type);
        if (record == null) {
            throw new IllegalArgumentException("not a record of the statement model: " + type.getName());
        }
        return record;
    }

    /** Changes whenever a class, component or enum constant of the model does. */
    String schemaId() {
        return schemaId;
    }
}
