/** PostgreSQL adapter of {@link org.crossings.server.people.People}; its schema is {@code db/migration/V1__people.sql}. */
package org.crossings.server.people.store;
