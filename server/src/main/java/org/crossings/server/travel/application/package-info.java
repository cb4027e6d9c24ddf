/**
 * The travellers' use cases on the journal: pre-registering, taking in at the front office, and the states' exit and
 * entry decisions. No framework here: each takes a command record and records one event.
 */
package org.crossings.server.travel.application;
