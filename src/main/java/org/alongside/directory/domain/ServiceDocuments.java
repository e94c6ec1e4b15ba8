package org.alongside.directory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Source;
import org.alongside.directory.domain.HsdsTables.Field;
import org.alongside.directory.domain.HsdsTables.Table;
import org.alongside.directory.domain.ServiceTree.Link;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS's JSON form: each service dereferenced, with its organisation, locations, schedules, phones,
 * attributes and the rest nested inside it (see {@link ServiceTree}). Every object is written with
 * all its fields, references included, so reading it back gives the same rows; reading also
 * accepts documents that leave out the references their nesting implies.
 */
public final class ServiceDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DirectoryStore store;

    public ServiceDocuments(DirectoryStore store) {
        this.store = store;
    }

    /** The services, each as one dereferenced document, in the order given. */
    public List<ObjectNode> write(List<Map<String, Object>> services) {
        return build(ServiceTree.service(), services);
    }

    /** Rows of one node of the tree (for example services at locations), each with what nests under it. */
    public List<ObjectNode> write(ServiceTree tree, List<Map<String, Object>> rows) {
        return build(tree, rows);
    }

    private List<ObjectNode> build(ServiceTree tree, List<Map<String, Object>> rows) {
        Table table = HsdsTables.standard().table(tree.table());
        Map<ServiceTree, Map<Object, List<ObjectNode>>> children = new LinkedHashMap<>();
        for (ServiceTree child : tree.children()) {
            Table childTable = HsdsTables.standard().table(child.table());
            List<Map<String, Object>> found;
            String key;
            if (child.link() == Link.POINTING_HERE) {
                found = store.where(childTable, child.field(), ids(rows, "id"));
                key = child.field();
            } else {
                found = store.where(childTable, "id", ids(rows, child.field()));
                key = "id";
            }
            List<ObjectNode> nodes = build(child, found);
            Map<Object, List<ObjectNode>> byKey = new HashMap<>();
            for (int i = 0; i < found.size(); i++) {
                byKey.computeIfAbsent(found.get(i).get(key), k -> new ArrayList<>())
                        .add(nodes.get(i));
            }
            children.put(child, byKey);
        }
        List<ObjectNode> documents = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            ObjectNode node = NODES.objectNode();
            for (Field field : table.fields()) {
                if (row.get(field.name()) != null) {
                    node.set(field.name(), json(row.get(field.name())));
                }
            }
            children.forEach((child, byKey) -> {
                if (child.single()) {
                    List<ObjectNode> one = byKey.get(row.get(child.field()));
                    if (one != null) {
                        node.set(child.property(), one.get(0));
                    }
                } else {
                    ArrayNode array = node.putArray(child.property());
                    byKey.getOrDefault(row.get("id"), List.of()).forEach(array::add);
                }
            });
            documents.add(node);
        }
        return documents;
    }

    private static Set<UUID> ids(Collection<Map<String, Object>> rows, String field) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            if (row.get(field) instanceof UUID id) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static JsonNode json(Object value) {
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        return NODES.stringNode(HsdsValues.write(value));
    }

    /**
     * Reads one service document (already checked against the schema) into {@code rows}; fields
     * HSDS 3.0 does not have are named in {@code ignored}.
     */
    public static void read(JsonNode service, Source source, HsdsRows rows, Set<String> ignored) {
        read(ServiceTree.service(), service, Map.of(), source, rows, ignored);
    }

    private static void read(
            ServiceTree tree,
            JsonNode object,
            Map<String, Object> implied,
            Source source,
            HsdsRows rows,
            Set<String> ignored) {
        if (!object.isObject()) {
            return;
        }
        Table table = HsdsTables.standard().table(tree.table());
        Map<String, ServiceTree> nested = new HashMap<>();
        tree.children().forEach(child -> nested.put(child.property(), child));
        Map<String, Object> values = new HashMap<>();
        List<ImportProblem> bad = new ArrayList<>();
        for (var property : object.properties()) {
            String name = property.getKey();
            var field = table.field(name);
            if (field.isPresent()) {
                try {
                    values.put(name, HsdsValues.read(field.get(), text(property.getValue())));
                } catch (HsdsValues.BadValue e) {
                    bad.add(HsdsRows.problem(source, tree.table() + "." + name, e.getMessage()));
                }
            } else if (!nested.containsKey(name)) {
                ignored.add(tree.table() + "." + name + ": not in HSDS 3.0");
            }
        }
        implied.forEach(values::putIfAbsent);
        for (ServiceTree child : tree.children()) {
            JsonNode target = object.get(child.property());
            if (child.single() && target != null && target.isObject() && target.get("id") != null) {
                values.putIfAbsent(child.field(), uuidOrNull(target.get("id")));
            }
        }
        if (!bad.isEmpty()) {
            rows.refuse(table, values.get("id"), source, bad);
            return;
        }
        rows.merge(table, values, source);
        for (ServiceTree child : tree.children()) {
            JsonNode value = object.get(child.property());
            if (value == null || value.isNull()) {
                continue;
            }
            if (child.single()) {
                read(child, value, Map.of(), source, rows, ignored);
            } else {
                Map<String, Object> theirs = new HashMap<>();
                theirs.put(child.field(), values.get("id"));
                if (child.table().equals("attribute")) {
                    theirs.put("link_entity", tree.table());
                }
                for (JsonNode element : value) {
                    read(child, element, theirs, source, rows, ignored);
                }
            }
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static UUID uuidOrNull(JsonNode id) {
        try {
            return UUID.fromString(Objects.requireNonNull(text(id)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
