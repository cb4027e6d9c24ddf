package org.crossings.server.journal.follow;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure of the infrastructure (the database cannot be reached, is shutting down, ran out of something,
 * timed out) from an entry that a read model refuses. The first is tried again until it passes; only the second
 * sets an entry aside, since only it is the same on every node.
 */
final class Failures {

    private Failures() {
    }

    static boolean isInfrastructure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SocketException || cause instanceof InterruptedException) {
                return true;
            }
            if (cause instanceof SQLException sql && isInfrastructureState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes of PostgreSQL that say nothing about the data: 08 connection, 40 transaction rollback
     * (serialization, deadlock), 53 insufficient resources, 57 operator intervention (shutdown), 58 system error.
     */
    private static boolean isInfrastructureState(String state) {
        return state != null && state.length() == 5 && switch (state.substring(0, 2)) {
            case "08", "40", "53", "57", "58", "XX" -> true;
            default -> false;
        };
    }
}
