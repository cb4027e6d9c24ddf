package org.crossings.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture: mutations of a valid JSON body for the fuzz suite. A member is picked by its position among all the
 * members of the document (depth first); its value is replaced with raw JSON text (which need not be valid JSON), or
 * the member is removed, or written twice.
 */
final class FuzzedJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "\u0001fuzz\u0001";

    private FuzzedJson() {
    }

    static String replaceMember(String valid, int which, String rawValue) {
        return mark(valid, which, (name, marked) -> marked.replace(quoted(MARK), rawValue));
    }

    static String removeMember(String valid, int which) {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        List<Member> members = members(root);
        Member member = members.get(which % members.size());
        member.parent().remove(member.name());
        return root.toString();
    }

    static String doubleMember(String valid, int which) {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        List<Member> members = members(root);
        Member member = members.get(which % members.size());
        String value = member.parent().get(member.name()).toString();
        member.parent().put(member.name(), MARK);
        return root.toString().replace(quoted(member.name()) + ":" + quoted(MARK),
                quoted(member.name()) + ":" + value + "," + quoted(member.name()) + ":" + value);
    }

    static String addMember(String valid, String name, String rawValue) {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        root.put(name, MARK);
        return root.toString().replace(quoted(MARK), rawValue);
    }

    private interface Marked {
        String apply(String name, String marked);
    }

    private static String mark(String valid, int which, Marked then) {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        List<Member> members = members(root);
        Member member = members.get(which % members.size());
        member.parent().put(member.name(), MARK);
        return then.apply(member.name(), root.toString());
    }

    private record Member(ObjectNode parent, String name) {
    }

    private static List<Member> members(ObjectNode node) {
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            members.add(new Member(node, member.getKey()));
            if (member.getValue() instanceof ObjectNode child) {
                members.addAll(members(child));
            }
        }
        return members;
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
