package vn.ttcs.learn.content;

import java.util.IdentityHashMap;
import java.util.Map;

/** Where each part of the curriculum was read from, so that cross-checks can point at the right file and line. */
public final class SourcePositions {

    public record Position(String file, int line) {
    }

    private final Map<Object, Position> positions = new IdentityHashMap<>();

    <T> T at(T item, YamlNode node) {
        positions.put(item, new Position(node.file(), node.line()));
        return item;
    }

    <T> T at(T item, String file, int line) {
        positions.put(item, new Position(file, line));
        return item;
    }

    public boolean has(Object item) {
        return positions.containsKey(item);
    }

    public Position of(Object item) {
        return positions.getOrDefault(item, new Position("?", 1));
    }
}
