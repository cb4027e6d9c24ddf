/**
 * The agreements read model in PostgreSQL ({@code V4__agreements.sql}), a projection of the log: dropped and
 * replayed, it comes back the same on every party's node. It also keeps every agreement and the eligibility index in
 * memory, published only when the projector's transaction commits.
 */
package org.crossings.server.agreement.store;
