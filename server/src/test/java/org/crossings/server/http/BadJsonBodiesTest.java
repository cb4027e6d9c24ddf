package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that reads a JSON body, sent bodies of the wrong shape — the whole body, and each member of it in
 * turn — by a person the access rules let through: each answer is a 4xx problem that names no Java class. The shapes
 * are ones JSON cannot be coerced from (an array or an object for a scalar, a string for an object), so that no
 * request here can change anything.
 */
class BadJsonBodiesTest {

    private static final String PASSWORD = "bad bodies, good password";
    /** Of ARM, an officer at Margara and a signatory: the rules let them make every request below. */
    private static final Person CALLER = TestPeople.add("arm-bodies", "ARM", PASSWORD,
            RoleGrant.officerAt(PostCode.of("AM-MARGARA")), RoleGrant.of(Role.AGREEMENT_SIGNATORY));
    private static final Map<String, String> PATH_VALUES = Map.of("{id}", "ARM-TUR-2022-THIRD-COUNTRY",
            "{version}", "1", "{reference}", "K7QM2XD4HRG", "{code}", "ARM", "{party}", "ARM");
    private static final List<String> WHOLE_BODIES = List.of("[]", "\"text\"", "5", "true", "null", "{\"a\": [[[",
            "{} {}", "\u0000");

    @TestFactory
    Stream<DynamicTest> every_json_route_answers_a_body_of_the_wrong_shape_with_a_problem() {
        Browser browser = new Browser();
        browser.signIn(CALLER.username().value(), PASSWORD);
        String csrf = browser.csrfOf("/");
        List<DynamicTest> tests = new ArrayList<>();
        jsonRoutes().forEach((path, body) -> {
            for (String json : bodies(body)) {
                tests.add(DynamicTest.dynamicTest("POST " + path + " " + json, () -> {
                    HttpResponse<String> answer = browser.postJson(path, json, csrf);

                    assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
                    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    MalformedRequestsTest.assertIsAProblemOfCrossings(answer.body(), answer.statusCode());
                }));
            }
        });
        assertThat(tests).hasSizeGreaterThan(WHOLE_BODIES.size() * 5);
        return tests.stream();
    }

    /** The POST routes with a {@code @RequestBody}, by a path that fills in their variables, with its body type. */
    private static Map<String, Class<?>> jsonRoutes() {
        Map<String, Class<?>> routes = new java.util.TreeMap<>();
        Map<RequestMappingInfo, HandlerMethod> methods = RunningServer.shared()
                .bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods();
        methods.forEach((info, handler) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (Parameter parameter : handler.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    info.getPatternValues().forEach(pattern -> routes.put(filled(pattern), parameter.getType()));
                }
            }
        });
        return routes;
    }

    private static String filled(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        assertThat(path).as("a value for each variable of " + pattern).doesNotContain("{");
        return path;
    }

    /** Bodies of the wrong shape as a whole, and for each member of a record body, of the wrong shape for it. */
    private static List<String> bodies(Class<?> type) {
        List<String> bodies = new ArrayList<>(WHOLE_BODIES);
        if (type.isRecord()) {
            for (RecordComponent member : type.getRecordComponents()) {
                for (String wrong : wrongFor(member.getType())) {
                    bodies.add("{\"" + member.getName() + "\": " + wrong + "}");
                }
            }
        }
        return bodies;
    }

    private static List<String> wrongFor(Class<?> type) {
        if (type == String.class || type == Boolean.class || Number.class.isAssignableFrom(type)) {
            return List.of("[\"x\"]", "{\"x\": 1}");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of("{\"x\": 1}", "\"x\"");
        }
        if (type.isRecord()) {
            List<String> wrong = new ArrayList<>(List.of("\"x\"", "[1]"));
            for (RecordComponent member : type.getRecordComponents()) {
                wrongFor(member.getType()).forEach(w -> wrong.add("{\"" + member.getName() + "\": " + w + "}"));
            }
            return wrong;
        }
        return List.of(); // a JSON tree takes any shape
    }
}
