package org.lexgraph.index.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user name and password for Solr's basic authentication, from the environment ({@code LEXGRAPH_SOLR_USER} and
 * {@code LEXGRAPH_SOLR_PASSWORD}) or a file of one line {@code user:password} ({@code LEXGRAPH_SOLR_CREDENTIALS}, else
 * {@code ~/.lexgraph/solr-credentials}). Never stored in a knowledge base, never printed: {@link #toString} hides the
 * password.
 */
public record SolrCredentials(String user, String password) {

    public static final String USER = "LEXGRAPH_SOLR_USER";
    public static final String PASSWORD = "LEXGRAPH_SOLR_PASSWORD";
    public static final String FILE = "LEXGRAPH_SOLR_CREDENTIALS";

    /** The credentials this process is given, if any; a file that cannot be read or has no colon is an error. */
    public static Optional<SolrCredentials> find(Map<String, String> env, Path home) throws IOException {
        String user = env.get(USER);
        if (user != null && !user.isBlank()) {
            String password = env.get(PASSWORD);
            if (password == null) {
                throw new IOException(USER + " is set but " + PASSWORD + " is not");
            }
            return Optional.of(new SolrCredentials(user, password));
        }
        String named = env.get(FILE);
        Path file = named != null && !named.isBlank() ? Path.of(named) : home.resolve(".lexgraph/solr-credentials");
        if (!Files.exists(file)) {
            if (named != null && !named.isBlank()) {
                throw new IOException("the Solr credentials file " + file + " (" + FILE + ") does not exist");
            }
            return Optional.empty();
        }
        String line = Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).findFirst()
                .orElse("").strip();
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IOException("the Solr credentials file " + file + " must hold one line USER:PASSWORD");
        }
        return Optional.of(new SolrCredentials(line.substring(0, colon), line.substring(colon + 1)));
    }

    /** The credentials of this process (its environment and the user's home). */
    public static Optional<SolrCredentials> ofProcess() throws IOException {
        return find(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public String toString() {
        return user + ":***";
    }
}
