package vn.ttcs.learn.reporting;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with named parameters ({@code :now}, {@code :unitCodes}), turned into a JDBC statement: each name
 * becomes {@code ?} in order, a collection becomes {@code ?, ?, …}. Values are always bound, never pasted into the
 * text. Instants are bound as Micronaut Data binds them when it writes (a {@link Timestamp}), so comparisons agree.
 */
record NamedSql(String sql, List<Object> values) {

    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    static NamedSql of(String namedSql, Map<String, ?> parameters) {
        Matcher matcher = NAME.matcher(namedSql);
        StringBuilder sql = new StringBuilder(namedSql.length());
        List<Object> values = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name + " in " + namedSql);
            }
            Object value = parameters.get(name);
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    throw new IllegalArgumentException(":" + name + " is an empty list; SQL has no empty IN ()");
                }
                matcher.appendReplacement(sql, String.join(", ", java.util.Collections.nCopies(many.size(), "?")));
                values.addAll(many);
            } else {
                matcher.appendReplacement(sql, "?");
                values.add(value);
            }
        }
        matcher.appendTail(sql);
        return new NamedSql(sql.toString(), values);
    }

    PreparedStatement bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
