/** PostgreSQL adapters of the travellers feature: the cases read model, a projection of the log. */
package org.crossings.server.travel.store;
