/**
 * The use cases of agreements: proposing, amending, signing and suspending them, and checking a crossing against
 * them. Each decision about an agreement holds the agreement's lock from reading its state until its event is in
 * the log and applied ({@code Journal.exclusively}), so two parties never sign or suspend against the same stale
 * state. No framework here: the wiring is in {@code org.crossings.server.AgreementConfiguration}.
 */
package org.crossings.server.agreement.application;
