package io.loopdesk.operations;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the database lives, read from the JDBC URL Loopdesk runs on: an embedded H2 file or a PostgreSQL database.
 * Backups and restores support these two; anything else is refused with the reason.
 */
sealed interface DatabaseLocation {

    /** The name written into an archive's manifest, so an archive is restored only into the same kind. */
    String kind();

    /**
     * An embedded H2 database in file mode: its files are {@code <directory>/<name>.mv.db}.
     *
     * @param url the JDBC URL as configured, to open the database for the restore's checks
     */
    record H2File(Path directory, String name, String url, String user, String password) implements DatabaseLocation {

        @Override
        public String kind() {
            return "h2";
        }

        Path dataFile() {
            return directory.resolve(name + ".mv.db");
        }
    }

    /**
     * A PostgreSQL database, as the command-line tools take it (host list, port list, database, user; the password
     * goes through {@code PGPASSWORD}, never the command line).
     */
    record Postgres(
            String hosts,
            String ports,
            String database,
            String user,
            String password,
            @Nullable String sslMode) implements DatabaseLocation {

        @Override
        public String kind() {
            return "postgresql";
        }

        /** The JDBC URL of the same database, for the restore's checks. */
        String jdbcUrl() {
            String host = hosts.split(",")[0];
            String port = ports.split(",")[0];
            return "jdbc:postgresql://" + host + ":" + port + "/" + database
                    + (sslMode == null ? "" : "?sslmode=" + sslMode);
        }
    }

    /** The location behind a JDBC URL; refuses in-memory and remote H2, and any other database. */
    static DatabaseLocation of(String url, @Nullable String user, @Nullable String password) {
        String login = user == null ? "" : user;
        String secret = password == null ? "" : password;
        if (url.startsWith("jdbc:h2:")) {
            return h2(url, login, secret);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return postgres(url, login, secret);
        }
        throw new UnsupportedDatabaseException(
                "Backups support the embedded H2 database and PostgreSQL, not " + url.replaceAll("\\?.*", ""));
    }

    private static H2File h2(String url, String user, String password) {
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.startsWith("mem:")) {
            throw new UnsupportedDatabaseException("The H2 database is in memory (" + url.split(";", 2)[0]
                    + "): there is nothing on disk to back up.");
        }
        if (path.matches("^(tcp|ssl|zip|split|nio\\w*|async|retry|memFS|memLZF):.*")) {
            throw new UnsupportedDatabaseException(
                    "Backups support H2 in embedded file mode only, not " + url.split(";", 2)[0]);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        return new H2File(file.getParent(), file.getFileName().toString(), url, user, password);
    }

    private static Postgres postgres(String url, String user, String password) {
        String rest = url.substring("jdbc:postgresql:".length());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(query.split("&"))
                .filter(pair -> pair.contains("="))
                .forEach(pair ->
                        parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
        String hosts = "localhost";
        String ports = "5432";
        String database = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            database = slash < 0 ? "" : rest.substring(slash + 1);
            StringBuilder hostList = new StringBuilder();
            StringBuilder portList = new StringBuilder();
            for (String server : authority.split(",")) {
                int colon = server.lastIndexOf(':');
                boolean hasPort = colon > 0 && !server.endsWith("]");
                hostList.append(hostList.isEmpty() ? "" : ",").append(hasPort ? server.substring(0, colon) : server);
                portList.append(portList.isEmpty() ? "" : ",").append(hasPort ? server.substring(colon + 1) : "5432");
            }
            hosts = hostList.toString();
            ports = portList.toString();
        }
        if (database.isBlank()) {
            throw new UnsupportedDatabaseException("The PostgreSQL URL names no database: " + url);
        }
        String dbUser = parameters.getOrDefault("user", user);
        String dbPassword = parameters.getOrDefault("password", password);
        return new Postgres(hosts, ports, database, dbUser, dbPassword, parameters.get("sslmode"));
    }
}
