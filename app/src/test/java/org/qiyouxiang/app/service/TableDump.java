package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.db.DatabaseFiles;

/** Every row of every table of a closed data folder's database, as text: what "no data lost" compares. */
final class TableDump {

    private TableDump() {
    }

    /** Table name → its columns, in order (Flyway's history left out: migrations add to it). */
    static Map<String, List<String>> columns(Path dataFolder) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = connect(dataFolder); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_name, column_name from information_schema.columns "
                     + "where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history' "
                     + "order by table_name, ordinal_position")) {
            while (r.next()) {
                columns.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return columns;
    }

    /** The rows of the given tables and columns, sorted, one string per row. */
    static Map<String, List<String>> rows(Path dataFolder, Map<String, List<String>> columns) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection c = connect(dataFolder); Statement s = c.createStatement()) {
            for (var table : columns.entrySet()) {
                String list = String.join(", ", table.getValue().stream().map(n -> "\"" + n + "\"").toList());
                List<String> tableRows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("select " + list + " from \"" + table.getKey() + "\" order by " + list)) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        tableRows.add(row.toString());
                    }
                }
                rows.put(table.getKey(), tableRows);
            }
        }
        return rows;
    }

    private static Connection connect(Path dataFolder) throws SQLException {
        String file = DatabaseFiles.dataFile(dataFolder).toAbsolutePath().toString();
        return DriverManager.getConnection("jdbc:h2:file:" + file.substring(0, file.length() - ".mv.db".length())
                + ";ACCESS_MODE_DATA=r", "sa", "");
    }
}
