/**
 * The people's routes and pages: signing in with a password (form sign-in, throttled per account and per address),
 * the sign-in page, who am I ({@code /} and {@code /api/me}), and one's own RFC 6750 API tokens under
 * {@code /api/me/tokens}, with the access rows for them ({@link org.crossings.server.people.http.PeopleAccessRows}).
 * Templates stay where Thymeleaf finds them, {@code templates/} on the class path.
 */
package org.crossings.server.people.http;
