package nl.tafelgenoot.persistence.bench;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's SQL log kept in memory: the benchmark runs each query once with parameter
 * binding off, reads the SQL EclipseLink generated (tenant condition included, values inline)
 * and asks MariaDB to EXPLAIN exactly that.
 */
public class SqlCapture extends AbstractSessionLog {

    private static final List<String> STATEMENTS = new ArrayList<>();

    static synchronized void clear() {
        STATEMENTS.clear();
    }

    static synchronized List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            synchronized (SqlCapture.class) {
                STATEMENTS.add(entry.getMessage());
            }
        }
    }
}
